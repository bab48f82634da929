package fr.faireess.mobility.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import fr.faireess.mobility.support.Browser;
import fr.faireess.mobility.support.DemoAccounts;
import fr.faireess.mobility.support.RunningApp;
import fr.faireess.mobility.support.TestLanes;

/**
 * axe-core over every page a role reaches from its home and menu, in French and in English: no
 * serious or critical violation. axe's script comes from the test classpath (Deque's jar) and the
 * browser runs it in every page through Chrome's DevTools protocol, which the pages'
 * Content-Security-Policy does not restrict: the production policy stays as it is. The crawl
 * follows same-origin Faces pages only (GET links; no download, no logout), one page per view (the query string aside: the same view with another id
 * is the same markup), at most {@link #PAGES_PER_ROLE} per role, so the test stays within a few
 * minutes.
 *
 * <p>The pages' markup does not depend on the database or the date: {@code .ci/run} runs this test in
 * its first run only ({@code CI_SKIP_ACCESSIBILITY=true} in the others), to keep CI short.
 */
@DisabledIfEnvironmentVariable(named = "CI_SKIP_ACCESSIBILITY", matches = "true",
        disabledReason = "run once per CI, in the H2 run (see .ci/run)")
@ResourceLock(TestLanes.RUNNING_APP)
class AccessibilityBrowserIT {

    private static final RunningApp APP = RunningApp.get();
    private static final int PAGES_PER_ROLE = 30;
    /** A placement waiting for signatures (the student's signing form) and a module's student. */
    private static final String STUDENT_PROPOSED_PLACEMENT = "yanis.serra@etudiant.faire-ess.fr";
    private static final String AXE_SOURCE = axeSource();
    /**
     * axe's default rules plus "label-content-name-mismatch" (WCAG 2.5.3, level A; still marked
     * experimental by axe, so off by default). Keeps only what has an impact of serious or critical,
     * one line per element: rule, impact, CSS target and the start of the element's markup.
     */
    private static final String RUN_AXE = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {resultTypes: ['violations'], rules: {'label-content-name-mismatch': {enabled: true}}}).then(results => done(results.violations.flatMap(v =>
                    v.nodes.filter(n => ['serious', 'critical'].includes(n.impact || v.impact))
                        .map(n => v.id + ' (' + (n.impact || v.impact) + ') ' + n.target.join(' ')
                            + ' ' + n.html.substring(0, 160)))))
                .catch(e => done(['axe-core failed: ' + e]));
            """;

    @RegisterExtension
    static final Browser BROWSER = new Browser(APP);

    @AfterEach
    void logOut() {
        BROWSER.driver().manage().deleteAllCookies();
    }

    @AfterAll
    static void closeBrowser() {
        BROWSER.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {DemoAccounts.ADMIN, DemoAccounts.COORDINATOR_PERPIGNAN, DemoAccounts.TRAINER_PERPIGNAN,
            DemoAccounts.STUDENT_ASS_PERPIGNAN, STUDENT_PROPOSED_PLACEMENT})
    void everyPageARoleReachesHasNoSeriousOrCriticalViolationInEitherLanguage(String email) {
        logIn(email);
        Map<String, List<String>> findings = new LinkedHashMap<>();
        List<String> pages = new ArrayList<>();
        try {
            switchTo("FR");
            pages.addAll(crawl("/", findings));
            // A page of another role: the access-denied page, in the same frame.
            if (email.contains("@etudiant.")) {
                pages.add("/admin/index.xhtml");
                check("/admin/index.xhtml", findings);
            }
            // The crawl visits one page per view: the placement page's other tabs, each once, on the
            // placement where it holds the most — a proposed one's state moves, agreement form and
            // checklist; a completed one's grant, payments, certificate and history.
            if (email.equals(DemoAccounts.COORDINATOR_PERPIGNAN)) {
                for (String state : List.of("PROPOSED", "COMPLETED")) {
                    BROWSER.open("/coordinator/placements/list.xhtml?state=" + state);
                    String placement = BROWSER.driver().findElement(By.cssSelector("table a[href*='/placements/view.xhtml']"))
                            .getAttribute("href").substring(APP.baseUrl().length());
                    for (String tab : state.equals("PROPOSED") ? List.of("overview", "agreement", "departure")
                            : List.of("grant", "certificate", "history")) {
                        String page = placement + "&tab=" + tab;
                        pages.add(page);
                        check(page, findings);
                    }
                }
            }
            // The API pages sit at the end of a long menu: checked whatever the crawl reached.
            if (email.equals(DemoAccounts.ADMIN)) {
                for (String page : List.of("/admin/api/clients.xhtml", "/admin/api/docs.xhtml")) {
                    if (!pages.contains(page)) {
                        pages.add(page);
                        check(page, findings);
                    }
                }
            }
            switchTo("EN");
            for (String page : pages) {
                check(page, findings);
            }
        } finally {
            // The language is kept on the account: the other tests expect French.
            switchTo("FR");
        }
        report(email, pages, findings);
    }

    @Test
    void thePublicPagesHaveNoSeriousOrCriticalViolationInEitherLanguage() {
        Map<String, List<String>> findings = new LinkedHashMap<>();
        BROWSER.open("/login.xhtml");
        switchTo("FR");
        List<String> pages = new ArrayList<>(crawl("/login.xhtml", findings));
        pages.add("/no-such-page.xhtml");
        check("/no-such-page.xhtml", findings);
        pages.add("/password/reset.xhtml?token=forged");   // a password link's page, reached from a mail only
        check("/password/reset.xhtml?token=forged", findings);
        pages.add("/sso/refused.xhtml?reason=unknown");   // single sign-on's refusal, reached from the provider only
        check("/sso/refused.xhtml?reason=unknown", findings);
        BROWSER.open("/login.xhtml");
        switchTo("EN");
        for (String page : pages) {
            check(page, findings);
        }
        BROWSER.open("/login.xhtml");
        switchTo("FR");
        report("public pages", pages, findings);
    }

    /**
     * axe's script (half a megabyte) in every page the browser opens, from the browser itself: sent
     * over WebDriver to each page, it took as long as axe's checks.
     */
    @BeforeAll
    static void axeInEveryPage() {
        BROWSER.evaluateOnEveryPage(AXE_SOURCE);
    }

    /** The check itself can fail: an image without a text alternative, planted in a page, is reported. */
    @Test
    void aViolationPlantedInAPageIsReported() {
        BROWSER.open("/login.xhtml");
        ((JavascriptExecutor) BROWSER.driver()).executeScript(
                "const img = document.createElement('img'); img.src = 'data:,'; document.querySelector('main').appendChild(img);");
        Map<String, List<String>> findings = new LinkedHashMap<>();
        checkCurrentPage("/login.xhtml", findings);
        assertThat(findings.values()).flatMap(v -> v).anyMatch(v -> v.startsWith("image-alt (critical)"));
    }

    private static void logIn(String email) {
        BROWSER.open("/login.xhtml");
        switchTo("FR");
        BROWSER.type("Adresse e-mail", email);
        BROWSER.type("Mot de passe", DemoAccounts.PASSWORD);
        BROWSER.click("Se connecter");
        assertThat(BROWSER.path()).as("logged in as " + email).doesNotStartWith("/login.xhtml");
    }

    /** Clicks FR or EN in the language switch unless the page is already in that language. */
    private static void switchTo(String language) {
        String lang = BROWSER.driver().findElement(By.tagName("html")).getAttribute("lang");
        if (!language.equalsIgnoreCase(lang)) {
            BROWSER.click(language);
        }
    }

    /** Visits and checks the pages reachable from {@code start}, breadth first; returns the pages visited. */
    private static List<String> crawl(String start, Map<String, List<String>> findings) {
        List<String> visited = new ArrayList<>();
        Set<String> queued = new HashSet<>(Set.of(view(start)));
        Set<String> checked = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty() && visited.size() < PAGES_PER_ROLE) {
            BROWSER.open(queue.poll());
            String page = BROWSER.path();
            if (!checked.add(view(page))) {
                continue;   // redirected to a view already checked (the home, from "/index.xhtml")
            }
            visited.add(page);
            checkCurrentPage(page, findings);
            for (String link : links()) {
                if (queued.add(view(link))) {
                    queue.add(link);
                }
            }
        }
        return visited;
    }

    /** The same-origin Faces pages this page links to, as paths; downloads and logout aside. */
    @SuppressWarnings("unchecked")
    private static List<String> links() {
        List<String> hrefs = (List<String>) ((JavascriptExecutor) BROWSER.driver()).executeScript("""
                return Array.from(document.querySelectorAll('a[href]'))
                    .filter(a => !a.hasAttribute('download') && !a.getAttribute('href').startsWith('#')
                        && !a.getAttribute('href').startsWith('javascript:'))
                    .map(a => a.href);""");
        List<String> paths = new ArrayList<>();
        for (String href : hrefs) {
            if (!href.startsWith(APP.baseUrl() + "/")) {
                continue;
            }
            URI uri = URI.create(href);
            String path = uri.getRawPath();
            if ((path.endsWith(".xhtml") || path.equals("/")) && !path.contains("logout")) {
                paths.add(path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
            }
        }
        return paths;
    }

    private static String view(String page) {
        int query = page.indexOf('?');
        return query < 0 ? page : page.substring(0, query);
    }

    static long openNs, axeNs, injectNs, waitNs;
    private static void check(String page, Map<String, List<String>> findings) {
        long t0 = System.nanoTime();
        BROWSER.open(page);
        openNs += System.nanoTime() - t0;
        checkCurrentPage(page, findings);
    }

    @SuppressWarnings("unchecked")
    private static void checkCurrentPage(String page, Map<String, List<String>> findings) {
        JavascriptExecutor js = (JavascriptExecutor) BROWSER.driver();
        long t0 = System.nanoTime();
        BROWSER.waitForAjax();
        long t1 = System.nanoTime();
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
            js.executeScript(AXE_SOURCE);
        }
        long t2 = System.nanoTime();
        BROWSER.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        List<String> violations = (List<String>) js.executeAsyncScript(RUN_AXE);
        long t3 = System.nanoTime();
        waitNs += t1 - t0; injectNs += t2 - t1; axeNs += t3 - t2;
        System.out.printf("TIMING open %d wait %d inject %d axe %d ms%n", openNs / 1000000, waitNs / 1000000, injectNs / 1000000, axeNs / 1000000);
        if (!violations.isEmpty()) {
            String lang = BROWSER.driver().findElement(By.tagName("html")).getAttribute("lang");
            findings.computeIfAbsent(page + " [" + lang + "]", k -> new ArrayList<>()).addAll(violations);
        }
    }

    private static void report(String who, List<String> pages, Map<String, List<String>> findings) {
        System.out.printf("axe-core: %s, %d pages checked in French and in English (%s), %d with serious or critical violations%n",
                who, pages.size(), String.join(" ", pages), findings.size());
        StringBuilder text = new StringBuilder();
        findings.forEach((page, violations) -> {
            text.append('\n').append(page);
            violations.forEach(v -> text.append("\n    ").append(v));
        });
        assertThat(findings.size()).as("pages with serious or critical axe-core violations (%s):%s", who, text).isZero();
    }

    private static String axeSource() {
        try (InputStream in = AccessibilityBrowserIT.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test classpath (com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
