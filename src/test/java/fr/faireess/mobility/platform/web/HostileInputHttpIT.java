package fr.faireess.mobility.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

import fr.faireess.mobility.platform.web.HostileCorpus.Category;
import fr.faireess.mobility.platform.web.HostileCorpus.HostileFile;
import fr.faireess.mobility.platform.web.HtmlForm.Kind;
import fr.faireess.mobility.support.DemoAccounts;
import fr.faireess.mobility.support.RunningApp;
import fr.faireess.mobility.support.WebClient;
import fr.faireess.mobility.support.WebClient.Page;
import fr.faireess.mobility.support.TestLanes;

/**
 * An outside attacker's inputs through every page each role reaches from its menus: every address
 * parameter and every form field gets each kind of {@link HostileCorpus} text once, and every upload
 * each hostile file. The pages, their parameters and their forms are read from the HTML (a bounded
 * crawl from each role's home page), so a new page is covered the day it is linked.
 *
 * <p>Asserts: no 5xx, no stack trace in any answer, no hostile markup shown unescaped (on the answer
 * itself, and on every page read again at the end: nothing stored), no write by a refused form (the
 * page reads the same before and after), no SEVERE line in the server's log during the run.
 *
 * <p>Demo data stays as it was, for the tests that run after this one: forms are posted without a
 * button (Faces converts, validates, updates the page's bean and renders it again, but runs no
 * action), and a button is pressed only when the post must be refused (a number or date field that
 * cannot be read, or a file no upload may accept).
 *
 * <p>{@code .ci/run} runs it whole on H2; on MariaDB only what reaches the database
 * ({@code CI_HOSTILE_INPUT_SCOPE=database}): forms are posted without a button or refused before
 * any action, so only the addresses' parameters (filters, searches, ids) reach SQL, and only the
 * texts whose handling depends on the database are tried there ({@link HostileCorpus#DATABASE}:
 * SQL, NUL, bytes that are no UTF-8, bidirectional marks, 100,000 characters). Not again in the run
 * with the clock moved ({@code CI_SKIP_HOSTILE_INPUT=true}): what it checks does not depend on the date.
 */
@DisabledIfEnvironmentVariable(named = "CI_SKIP_HOSTILE_INPUT", matches = "true",
        disabledReason = "run on H2 and MariaDB, not in the clock-moved run (see .ci/run)")
@ResourceLock(TestLanes.RUNNING_APP)
class HostileInputHttpIT {

    private static final int MAX_PAGES_PER_ROLE = 24;
    /** Roles attacking at once: on two cores the suite took 75 s one role at a time, 45–57 s three at a time. */
    private static final int VISITORS_AT_ONCE = 3;
    private static final int MAX_DEPTH = 2;
    /** Longer addresses are refused by the HTTP listener before the application (its header limit). */
    private static final int MAX_URL_VALUE = 3_000;
    private static final int MAX_FORM_BODY = 1_500_000;
    private static final Pattern STACK_TRACE = Pattern.compile("\\bat [a-z]+(\\.[\\w$]+)+\\([\\w$]+\\.java:\\d+\\)|Exception:");
    /** Addresses the crawl must not open: they end the session or are not pages. */
    private static final Pattern SKIPPED = Pattern.compile("logout|/jakarta\\.faces\\.resource/|^/errors/");

    private final RunningApp app = RunningApp.get();
    /** Whether only what reaches the database is tried (see the class comment). */
    private final boolean databaseOnly = "database".equals(System.getenv("CI_HOSTILE_INPUT_SCOPE"));
    private final List<Category> categories = databaseOnly ? HostileCorpus.DATABASE : HostileCorpus.CATEGORIES;
    // Shared by the roles' threads.
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    private final Set<String> formsSeen = ConcurrentHashMap.newKeySet();
    private final Set<String> addressesSeen = ConcurrentHashMap.newKeySet();
    private final Map<String, Integer> tried = new ConcurrentSkipListMap<>();

    @Test
    void hostileInputGetsCleanAnswersEverywhereAndChangesNothing() throws Exception {
        long logStart = app.logSize();
        long started = System.nanoTime();
        // The roles side by side, each with a session of its own: one visitor at a time left a core
        // idle (the server answers one request on one core, the test reads the answer on the other).
        // They only read, and post what is refused or runs no action, so none changes another's pages.
        Map<String, Future<List<String>>> running = new LinkedHashMap<>();
        ExecutorService visitors = Executors.newFixedThreadPool(VISITORS_AT_ONCE);
        try {
            for (String who : List.of(DemoAccounts.COORDINATOR_PERPIGNAN, DemoAccounts.ADMIN, DemoAccounts.STUDENT_ASS_PERPIGNAN,
                    DemoAccounts.TRAINER_PERPIGNAN, "anonymous")) {
                running.put(who, visitors.submit(() -> attackAs(who)));
            }
        } finally {
            visitors.shutdown();
        }
        Map<String, List<String>> pagesOf = new LinkedHashMap<>();
        for (Map.Entry<String, Future<List<String>>> role : running.entrySet()) {
            try {
                pagesOf.put(role.getKey(), role.getValue().get());
            } catch (ExecutionException e) {
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new AssertionError("hostile input as " + role.getKey(), e.getCause());
            }
        }
        // Stored markup: every page read again, by the same roles, after everything was tried.
        pagesOf.forEach((who, pages) -> {
            Session session = new Session(who);
            pages.stream().filter(page -> page.contains(".xhtml")).forEach(page -> inspect("again " + page, session.get(page)));
        });
        List<String> severe = app.logSince(logStart).stream().filter(line -> line.contains("SEVERE")).toList();
        System.out.printf("Hostile input%s: %d inputs tried (%s) on %d pages of %d roles, in %d s%n",
                databaseOnly ? " (what reaches the database)" : "", tried.values().stream().mapToInt(Integer::intValue).sum(), tried,
                pagesOf.values().stream().mapToInt(List::size).sum(), pagesOf.size(), (System.nanoTime() - started) / 1_000_000_000L);
        severe.forEach(line -> failures.add("the server logged: " + line));
        assertThat(failures).as("answers to hostile input, and SEVERE lines the server logged meanwhile").isEmpty();
    }

    /** One role's crawl, then its pages' parameters and forms attacked; returns the pages. */
    private List<String> attackAs(String who) {
        Session session = new Session(who);
        List<String> pages = crawl(session);
        System.out.println("Hostile input, pages of " + who + ": " + pages);
        for (String page : pages) {
            attackParameters(session, page);
            if (!databaseOnly) {
                attackForms(session, page);
            }
        }
        return pages;
    }

    /**
     * Pages reached from the home page through links, breadth first, one page per address shape, then
     * the downloads they link to (each bound apart, so a page of many exports hides no page).
     */
    private List<String> crawl(Session session) {
        List<String> pages = new ArrayList<>();
        List<String> downloads = new ArrayList<>();
        Deque<Map.Entry<String, Integer>> queue = new ArrayDeque<>();
        queue.add(Map.entry(session.anonymous ? "/showcase/index.xhtml" : "/", 0));
        if (session.anonymous) {
            // The mentor's pages are reached from an e-mail, not a link: their address with a forged token.
            List.of("/login.xhtml", "/agreement/sign.xhtml?token=forged", "/agreement/certificate.xhtml?token=forged")
                    .forEach(seed -> queue.add(Map.entry(seed, 0)));
        }
        Set<String> shapes = new HashSet<>();
        while (!queue.isEmpty() && pages.size() < MAX_PAGES_PER_ROLE) {
            Map.Entry<String, Integer> next = queue.poll();
            String path = next.getKey();
            if (!shapes.add(shape(path))) {
                continue;
            }
            Page page = session.get(path);
            for (int i = 0; i < 3 && page.isRedirect(); i++) {
                path = page.redirectPath();
                page = session.get(path);
            }
            if (page.status() != 200 || !path.startsWith("/") || SKIPPED.matcher(path).find()
                    || (!path.equals(next.getKey()) && !shapes.add(shape(path)))) {
                continue;
            }
            pages.add(path);
            for (Element link : page.document().select("a[href]")) {
                String target = internal(link.absUrl("href"));
                if (target == null || SKIPPED.matcher(target).find() || shapes.contains(shape(target))) {
                    continue;
                }
                if (target.contains(".xhtml") && next.getValue() < MAX_DEPTH) {
                    queue.add(Map.entry(target, next.getValue() + 1));
                } else if (!target.contains(".xhtml") && target.matches(".*\\?[^=]+=.*") && downloads.size() < MAX_PAGES_PER_ROLE
                        && shapes.add(shape(target))) {
                    downloads.add(target);   // its parameters are attacked, it is never opened as it is
                }
            }
        }
        pages.addAll(downloads);
        return pages;
    }

    private String internal(String url) {
        if (url == null || !url.startsWith(app.baseUrl() + "/")) {
            return null;
        }
        String path = url.substring(app.baseUrl().length());
        int hash = path.indexOf('#');
        return hash < 0 ? path : path.substring(0, hash);
    }

    /** A page's address without its values: {@code view.xhtml?id=3} and {@code ?id=4} are one page. */
    private static String shape(String path) {
        int query = path.indexOf('?');
        if (query < 0) {
            return path;
        }
        Set<String> names = new TreeSet<>();
        for (String pair : path.substring(query + 1).split("&")) {
            names.add(pair.split("=", 2)[0]);
        }
        return path.substring(0, query) + names;
    }

    /** Each parameter of the address, in turn, gets each kind of hostile text. */
    private void attackParameters(Session session, String page) {
        int query = page.indexOf('?');
        if (query < 0 || !addressesSeen.add(shape(page))) {
            return;
        }
        String[] pairs = page.substring(query + 1).split("&");
        for (int i = 0; i < pairs.length; i++) {
            for (Category category : categories) {
                StringBuilder address = new StringBuilder(page.substring(0, query + 1));
                for (int j = 0; j < pairs.length; j++) {
                    String name = pairs[j].split("=", 2)[0];
                    address.append(j == 0 ? "" : "&").append(j == i ? name + "=" + FormBodies.queryValue(category, MAX_URL_VALUE) : pairs[j]);
                }
                count("address parameter");
                inspect(category.name() + " in " + address.substring(0, Math.min(address.length(), 160)), session.get(address.toString()));
            }
        }
    }

    private void attackForms(Session session, String path) {
        if (!path.contains(".xhtml")) {
            return;
        }
        Page page = session.get(path);
        for (HtmlForm form : HtmlForm.all(page.document(), page.path())) {
            if (!formsSeen.add(path.split("\\?")[0] + form.signature())) {
                continue;
            }
            Page current = page;
            boolean onlyText = form.fields().stream().anyMatch(f -> f.kind() != Kind.TEXT);
            for (Category category : HostileCorpus.CATEGORIES) {
                String value = fitting(category.value(), form.fields().size());
                current = post(session, path, current, form, field -> value, null, "every field: " + category.name(), null);
                if (onlyText) {
                    current = post(session, path, current, form, field -> field.kind() == Kind.TEXT ? value : field.value(),
                            null, "text fields: " + category.name(), null);
                }
                count("form field");
            }
            if (form.hasTyped() && !form.buttons().isEmpty()) {
                refusedPostChangesNothing(session, path, form, "unreadable number or date", null, null);
            }
            for (String fileInput : form.fileInputs()) {
                if (!form.buttons().isEmpty()) {
                    for (HostileFile file : HostileCorpus.files()) {
                        refusedPostChangesNothing(session, path, form, file.kind(), fileInput, file);
                        count("upload");
                    }
                }
            }
        }
    }

    /**
     * The value cut so that the whole form stays under the HTTP listener's 2 MB limit on form bodies
     * (a bigger body gets a 413 before the application; {@code HardeningHttpIT} tries that once).
     */
    private static String fitting(String value, int fields) {
        int most = MAX_FORM_BODY / Math.max(1, fields);
        return value.length() > most ? value.substring(0, most) : value;
    }

    /**
     * Presses the form's first button with a value that must be refused (a number or date field that
     * cannot be read, or a hostile file): the page must read the same afterwards.
     */
    private void refusedPostChangesNothing(Session session, String path, HtmlForm form, String what, String fileInput,
                                           HostileFile file) {
        Page before = session.get(path);
        String button = form.buttons().get(0);
        String unreadable = "abc" + HostileCorpus.CATEGORIES.get(0).value();
        Function<HtmlForm.Field, String> values = file == null
                ? field -> field.kind() == Kind.TYPED ? unreadable : field.value()
                : HtmlForm.Field::value;
        post(session, path, before, form, values, file == null ? null : new Upload(fileInput, file), what + " + " + button, button);
        String was = mainText(before);
        String is = mainText(session.get(path));
        if (!was.equals(is)) {
            failures.add(path + " " + form.id() + ": a refused post (" + what + ") changed the page:\n  before: "
                    + abbreviate(was) + "\n  after:  " + abbreviate(is));
        }
    }

    private record Upload(String field, HostileFile file) {
    }

    /**
     * Posts {@code form} with the view state of {@code current} (the last page seen, so the state is
     * fresh), pressing {@code button} if there is one; returns the page to take the next view state from.
     */
    private Page post(Session session, String path, Page current, HtmlForm form, Function<HtmlForm.Field, String> values,
                      Upload upload, String what, String button) {
        Element currentForm = current.document().getElementById(form.id());
        if (currentForm == null || currentForm.selectFirst("input[name=jakarta.faces.ViewState]") == null) {
            current = session.get(path);
            currentForm = current.document().getElementById(form.id());
            if (currentForm == null || currentForm.selectFirst("input[name=jakarta.faces.ViewState]") == null) {
                return current;
            }
        }
        Map<String, List<String>> data = form.values(values);
        data.put("jakarta.faces.ViewState", List.of(currentForm.selectFirst("input[name=jakarta.faces.ViewState]").attr("value")));
        Element nonce = current.document().selectFirst("script[nonce]");
        if (nonce != null) {
            data.put("primefaces.nonce", List.of(nonce.attr("nonce")));
        }
        if (button != null) {
            data.put(button, List.of(""));
        }
        Page answer;
        try {
            answer = form.multipart()
                    ? session.web.post(form.action(), "multipart/form-data; boundary=" + FormBodies.BOUNDARY,
                            FormBodies.multipart(data, upload == null ? null : upload.field(), upload == null ? null : upload.file()))
                    : session.web.post(form.action(), "application/x-www-form-urlencoded", FormBodies.urlEncoded(data));
        } catch (IllegalStateException e) {
            failures.add(path + " " + form.id() + " (" + what + "): no answer, " + e.getMessage());
            return current;
        }
        inspect(path + " " + form.id() + " (" + what + ")", answer);
        return answer.status() == 200 ? answer : current;
    }

    /** What every answer must be: no server error, no stack trace, no hostile markup. */
    private void inspect(String where, Page page) {
        if (page.status() >= 500) {
            failures.add(where + ": status " + page.status());
        }
        String body = page.body() == null ? "" : page.body();
        if (STACK_TRACE.matcher(body).find()) {
            failures.add(where + ": a stack trace in the answer");
        }
        if (HostileCorpus.unescaped(body)) {
            failures.add(where + ": hostile markup shown unescaped");
        }
        String location = page.header("Location");
        if (location != null && location.toLowerCase(Locale.ROOT).contains("<" + HostileCorpus.MARKER)) {
            failures.add(where + ": hostile markup in a redirect");
        }
    }

    /** The page's own content, without what changes at every rendering (view state, nonce, messages). */
    private static String mainText(Page page) {
        Document document = page.document();
        document.select("script, input[type=hidden], .ui-messages, .ui-message, .ui-growl").remove();
        Element main = document.selectFirst("main");
        return (main == null ? document.body() : main).text();
    }

    private static String abbreviate(String text) {
        return text.length() > 400 ? text.substring(0, 400) + "…" : text;
    }

    private void count(String what) {
        tried.merge(what, 1, Integer::sum);
    }

    /** One visitor with a session of their own, logged in again if a hostile post ended the session. */
    private final class Session {

        final boolean anonymous;
        final String email;
        WebClient web;

        Session(String who) {
            this.anonymous = who.equals("anonymous");
            this.email = who;
            login();
        }

        private void login() {
            web = new WebClient(app);
            if (!anonymous) {
                assertThat(web.login(email, DemoAccounts.PASSWORD).isRedirect()).as("login of " + email).isTrue();
            }
        }

        Page get(String path) {
            Page page = web.get(path);
            if (!anonymous && page.isRedirect() && page.redirectPath().startsWith("/login.xhtml")) {
                login();
                page = web.get(path);
            }
            return page;
        }
    }
}
