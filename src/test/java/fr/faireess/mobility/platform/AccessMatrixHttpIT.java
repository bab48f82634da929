package fr.faireess.mobility.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.parallel.ResourceLock;

import fr.faireess.mobility.support.DemoAccounts;
import fr.faireess.mobility.support.DemoDates;
import fr.faireess.mobility.support.RunningApp;
import fr.faireess.mobility.support.WebClient;
import fr.faireess.mobility.support.WebClient.Page;
import fr.faireess.mobility.support.TestLanes;

/**
 * Every role and anonymous visitors against every page that exists: the server allows exactly what
 * the matrix says, whatever the menus show. Add each new page here.
 */
@ResourceLock(TestLanes.RUNNING_APP)
class AccessMatrixHttpIT {

    enum Expect { ALLOW, LOGIN, DENY, HOME }

    private static final String ANONYMOUS = "anonymous";
    private static final List<String> WHO = List.of(ANONYMOUS, "STUDENT", "COORDINATOR", "TRAINER", "ADMIN");
    private static final Map<String, String> LOGIN_OF = Map.of(
            "STUDENT", DemoAccounts.STUDENT_ES_PERPIGNAN,
            "COORDINATOR", DemoAccounts.COORDINATOR_PERPIGNAN,
            "TRAINER", DemoAccounts.TRAINER_PERPIGNAN,
            "ADMIN", DemoAccounts.ADMIN);

    /**
     * page → expected outcome for anonymous, student, coordinator, trainer, admin. Years and months of the
     * demo are written as db/demo writes them, in its tokens ({@code {{ay:2026-2027}}}): {@link DemoDates#label}
     * moves them as the server's database did.
     */
    private static final Map<String, List<Expect>> MATRIX = new LinkedHashMap<>();

    static {
        Expect a = Expect.ALLOW, l = Expect.LOGIN, d = Expect.DENY;
        MATRIX.put("/login.xhtml", List.of(a, Expect.HOME, Expect.HOME, Expect.HOME, Expect.HOME));
        MATRIX.put("/errors/403.xhtml", List.of(a, a, a, a, a));
        MATRIX.put("/errors/404.xhtml", List.of(a, a, a, a, a));
        MATRIX.put("/errors/500.xhtml", List.of(a, a, a, a, a));
        MATRIX.put("/sso/refused.xhtml?reason=unknown", List.of(a, a, a, a, a));   // single sign-on's refusal
        MATRIX.put("/account/index.xhtml", List.of(l, a, a, a, a));
        MATRIX.put("/student/index.xhtml", List.of(l, a, d, d, d));
        MATRIX.put("/coordinator/index.xhtml", List.of(l, d, a, d, d));
        MATRIX.put("/trainer/index.xhtml", List.of(l, d, d, a, d));
        MATRIX.put("/admin/index.xhtml", List.of(l, d, d, d, a));
        MATRIX.put("/admin/accounts/list.xhtml", List.of(l, d, d, d, a));
        MATRIX.put("/admin/accounts/edit.xhtml", List.of(l, d, d, d, a));
        MATRIX.put("/admin/accounts/import.xhtml", List.of(l, d, d, d, a));
        MATRIX.put("/admin/accounts/list.xhtml?role=STUDENT&status=active", List.of(l, d, d, d, a));
        MATRIX.put("/coordinator/hosts/list.xhtml", List.of(l, d, a, d, d));
        MATRIX.put("/coordinator/hosts/list.xhtml?country=ES&type=CHILD_PROTECTION&network=RETSASO&status=active", List.of(l, d, a, d, d));
        MATRIX.put("/coordinator/hosts/edit.xhtml", List.of(l, d, a, d, d));
        MATRIX.put("/student/hosts/list.xhtml", List.of(l, a, d, d, d));
        MATRIX.put("/student/hosts/list.xhtml?country=MA&network=AGADIR_PLATFORM&language=fr&theme=handicap", List.of(l, a, d, d, d));
        MATRIX.put("/admin/outbox.xhtml", List.of(l, d, d, d, a));
        MATRIX.put("/admin/api/clients.xhtml", List.of(l, d, d, d, a));
        MATRIX.put("/admin/api/docs.xhtml", List.of(l, d, d, d, a));
        MATRIX.put("/admin/outbox.xhtml?state=HELD&q=faire-ess", List.of(l, d, d, d, a));
        MATRIX.put("/coordinator/calls/list.xhtml", List.of(l, d, a, d, d));
        MATRIX.put("/coordinator/calls/edit.xhtml", List.of(l, d, a, d, d));
        MATRIX.put("/coordinator/applications/list.xhtml", List.of(l, d, a, d, d));
        MATRIX.put("/coordinator/applications/list.xhtml?status=SUBMITTED&campus=PERPIGNAN&programme=ES&year=2&country=ES&sort=SCORE",
                List.of(l, d, a, d, d));
        MATRIX.put("/coordinator/applications/export/applications.csv?status=SUBMITTED&campus=PERPIGNAN&programme=ES&year=2&country=ES&sort=SCORE",
                List.of(l, d, a, d, d));
        MATRIX.put("/coordinator/applications/export/applications.xlsx", List.of(l, d, a, d, d));
        MATRIX.put("/coordinator/applications/export/applications.csv?status=UNKNOWN", List.of(l, d, d, d, d));
        MATRIX.put("/coordinator/applications/export/applications.pdf", List.of(l, d, d, d, d));
        MATRIX.put("/student/calls.xhtml", List.of(l, a, d, d, d));
        MATRIX.put("/student/applications/list.xhtml", List.of(l, a, d, d, d));
        MATRIX.put("/student/document?id=1", List.of(l, Expect.DENY, d, d, d));
        MATRIX.put("/coordinator/document?id=999999", List.of(l, d, Expect.DENY, d, d));
        MATRIX.put("/trainer/module/sessions.xhtml", List.of(l, d, d, a, a));
        MATRIX.put("/trainer/module/sessions.xhtml?year={{ay:2025-2026}}&campus=PERPIGNAN&mine=true", List.of(l, d, d, a, a));
        MATRIX.put("/trainer/module/session.xhtml", List.of(l, d, d, a, a));
        MATRIX.put("/trainer/module/incidents.xhtml", List.of(l, d, d, a, a));
        MATRIX.put("/trainer/module/incidents.xhtml?status=VALIDATED", List.of(l, d, d, a, a));
        MATRIX.put("/trainer/module/cohorts.xhtml", List.of(l, d, d, a, a));
        MATRIX.put("/trainer/module/export/sessions.csv?year={{ay:2026-2027}}", List.of(l, d, d, a, a));
        MATRIX.put("/trainer/module/export/sessions.xlsx", List.of(l, d, d, a, a));
        MATRIX.put("/trainer/module/sessions.xhtml?toRecord=true", List.of(l, d, d, a, a));
        MATRIX.put("/trainer/module/export/signin-sheet.pdf?session=999999999", List.of(l, d, d, d, d));
        MATRIX.put("/module/material?id=999999999", List.of(l, d, d, d, d));
        MATRIX.put("/student/module/index.xhtml", List.of(l, a, d, d, d));
        MATRIX.put("/student/module/incident.xhtml", List.of(l, a, d, d, d));
        MATRIX.put("/coordinator/module/requirements.xhtml", List.of(l, d, a, d, d));
        MATRIX.put("/coordinator/module/sessions.xhtml", List.of(l, d, a, d, d));
        MATRIX.put("/coordinator/module/sessions.xhtml?year={{ay:2025-2026}}&campus=MONTPELLIER", List.of(l, d, a, d, d));
        MATRIX.put("/admin/module/requirements.xhtml", List.of(l, d, d, d, a));
        MATRIX.put("/admin/module/requirements.xhtml?year={{ay:2026-2027}}&campus=PERPIGNAN&programme=ASS&studyYear=1", List.of(l, d, d, d, a));
        MATRIX.put("/showcase/index.xhtml", List.of(a, a, a, a, a));
        MATRIX.put("/showcase/index.xhtml?country=ES&programme=ASS&year={{year:2026}}&type=FILM", List.of(a, a, a, a, a));
        MATRIX.put("/showcase/testimony.xhtml?id=999999999", List.of(d, d, d, d, d));
        MATRIX.put("/showcase/feed.atom", List.of(a, a, a, a, a));
        MATRIX.put("/showcase/file?id=999999999", List.of(d, d, d, d, d));
        MATRIX.put("/student/testimonies/list.xhtml", List.of(l, a, d, d, d));
        MATRIX.put("/student/testimonies/edit.xhtml?mobility=999999999", List.of(l, a, d, d, d));
        MATRIX.put("/student/testimony-file?id=999999999", List.of(l, d, d, d, d));
        MATRIX.put("/coordinator/testimonies/list.xhtml", List.of(l, d, a, d, d));
        MATRIX.put("/coordinator/testimonies/list.xhtml?status=SUBMITTED&programme=ES&type=FILM", List.of(l, d, a, d, d));
        MATRIX.put("/coordinator/testimony-file?id=999999999", List.of(l, d, d, d, d));
        MATRIX.put("/WEB-INF/includes/testimony/coordinator-home.xhtml", List.of(Expect.DENY, d, d, d, d));
        MATRIX.put("/coordinator/consent-form?id=999999999", List.of(l, d, d, d, d));
        MATRIX.put("/WEB-INF/includes/module-trainer-home.xhtml", List.of(Expect.DENY, d, d, d, d));
        MATRIX.put("/coordinator/placements/list.xhtml", List.of(l, d, a, d, d));
        MATRIX.put("/coordinator/placements/list.xhtml?state=PROPOSED&country=PT&programme=ES&month={{date:2027-02-01|yyyy-MM}}", List.of(l, d, a, d, d));
        MATRIX.put("/coordinator/placements/new.xhtml", List.of(l, d, a, d, d));
        MATRIX.put("/coordinator/placements/calendar.xhtml?from={{date:2026-01-05|yyyy-MM}}", List.of(l, d, a, d, d));
        MATRIX.put("/student/placements/list.xhtml", List.of(l, a, d, d, d));
        MATRIX.put("/student/placement-document?agreement=999999", List.of(l, d, d, d, d));
        MATRIX.put("/coordinator/placement-document?convention=999999", List.of(l, d, d, d, d));
        MATRIX.put("/coordinator/placements/edit.xhtml?id=999999999", List.of(l, d, d, d, d));
        MATRIX.put("/trainer/placements/list.xhtml", List.of(l, d, d, a, d));
        MATRIX.put("/trainer/placements/view.xhtml?id=999999999", List.of(l, d, d, d, d));
        MATRIX.put("/trainer/placement-document?agreement=999999", List.of(l, d, d, d, d));
        MATRIX.put("/agreement/sign.xhtml?token=forged", List.of(a, a, a, a, a));
        MATRIX.put("/agreement/certificate.xhtml?token=forged", List.of(a, a, a, a, a));
        MATRIX.put("/password/forgot.xhtml", List.of(a, a, a, a, a));
        MATRIX.put("/password/reset.xhtml?token=forged", List.of(a, a, a, a, a));
        MATRIX.put("/calendar/forged.ics", List.of(d, d, d, d, d));
        MATRIX.put("/calendar/", List.of(d, d, d, d, d));
        MATRIX.put("/admin/grants/list.xhtml", List.of(l, d, d, d, a));
        MATRIX.put("/admin/grants/edit.xhtml?id=999999999", List.of(l, d, d, d, d));
        MATRIX.put("/admin/reference/index.xhtml", List.of(l, d, d, d, a));
        MATRIX.put("/admin/reference/countries.xhtml", List.of(l, d, d, d, a));
        MATRIX.put("/admin/reference/countries.xhtml?q=ro&group=GROUP_3&eea=yes", List.of(l, d, d, d, a));
        MATRIX.put("/admin/reference/country.xhtml?code=MA", List.of(l, d, d, d, a));
        MATRIX.put("/admin/reference/country.xhtml?code=ZZ", List.of(l, d, d, d, d));
        MATRIX.put("/admin/reference/years.xhtml", List.of(l, d, d, d, a));
        MATRIX.put("/admin/reference/programmes.xhtml", List.of(l, d, d, d, a));
        MATRIX.put("/admin/reference/programme.xhtml?code=ASS", List.of(l, d, d, d, a));
        MATRIX.put("/admin/reference/programme.xhtml?code=XYZ", List.of(l, d, d, d, d));
        MATRIX.put("/admin/reference/campus.xhtml?code=PERPIGNAN", List.of(l, d, d, d, a));
        MATRIX.put("/admin/reference/campus.xhtml?code=XYZ", List.of(l, d, d, d, d));
        MATRIX.put("/coordinator/reports/index.xhtml", List.of(l, d, a, d, d));
        MATRIX.put("/coordinator/reports/index.xhtml?year={{year:2025}}", List.of(l, d, a, d, d));
        MATRIX.put("/coordinator/reports/export/beneficiary.csv?year={{year:2025}}", List.of(l, d, a, d, d));
        MATRIX.put("/coordinator/reports/export/beneficiary.xlsx?year={{year:2026}}", List.of(l, d, a, d, d));
        MATRIX.put("/coordinator/reports/export/beneficiary.csv", List.of(l, d, d, d, d));
        MATRIX.put("/coordinator/dashboard.xhtml", List.of(l, d, a, d, d));
        MATRIX.put("/coordinator/dashboard.xhtml?year={{year:2025}}&campus=PERPIGNAN", List.of(l, d, a, d, d));
        MATRIX.put("/admin/dashboard.xhtml", List.of(l, d, d, d, a));
        MATRIX.put("/coordinator/dashboard/export/applications.csv", List.of(l, d, a, d, d));
        MATRIX.put("/admin/dashboard/export/countries.xlsx?year={{year:2026}}", List.of(l, d, d, d, a));
        MATRIX.put("/coordinator/dashboard/export/salaries.csv", List.of(l, d, d, d, d));
        MATRIX.put("/trainer/dashboard.xhtml", List.of(l, d, d, a, d));
        MATRIX.put("/trainer/dashboard/export/analyses.xlsx", List.of(l, d, d, a, d));
        MATRIX.put("/coordinator/dashboard/export/applications.csv?year=abc", List.of(l, d, d, d, d));
        MATRIX.put("/admin/reports/templates.xhtml", List.of(l, d, d, d, a));
        MATRIX.put("/WEB-INF/includes/grant/placement-grant.xhtml", List.of(Expect.DENY, d, d, d, d));
        MATRIX.put("/student/privacy.xhtml", List.of(l, a, d, d, d));
        MATRIX.put("/admin/privacy.xhtml", List.of(l, d, d, d, a));
        MATRIX.put("/WEB-INF/includes/privacy/retention.xhtml", List.of(Expect.DENY, d, d, d, d));
        MATRIX.put("/WEB-INF/templates/layout.xhtml", List.of(Expect.DENY, d, d, d, d));
        // Budget (issue #13 item 2): admins everywhere, coordinators their own page, nobody else.
        MATRIX.put("/admin/budget/index.xhtml", List.of(l, d, d, d, a));
        MATRIX.put("/admin/budget/index.xhtml?year={{year:2025}}", List.of(l, d, d, d, a));
        MATRIX.put("/admin/budget/beneficiaries.xhtml", List.of(l, d, d, d, a));
        MATRIX.put("/admin/budget/beneficiary.xhtml?id=999999999", List.of(l, d, d, d, d));
        MATRIX.put("/admin/budget/export/payments.xlsx?year={{year:2025}}", List.of(l, d, d, d, a));
        MATRIX.put("/coordinator/budget/index.xhtml", List.of(l, d, a, d, d));
        MATRIX.put("/coordinator/budget/index.xhtml?year={{year:2026}}", List.of(l, d, a, d, d));
        MATRIX.put("/coordinator/budget/export/payments.csv?year={{year:2025}}", List.of(l, d, a, d, d));
        MATRIX.put("/coordinator/budget/export/payments.csv", List.of(l, d, d, d, d));
        MATRIX.put("/WEB-INF/includes/budget/overview.xhtml", List.of(Expect.DENY, d, d, d, d));
    }

    private final RunningApp app = RunningApp.get();
    private final DemoDates demo = app.demoDates();

    @TestFactory
    Stream<DynamicTest> everyRoleTimesEveryPage() {
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < WHO.size(); i++) {
            String who = WHO.get(i);
            WebClient web = new WebClient(app);
            if (!who.equals(ANONYMOUS)) {
                assertThat(web.login(LOGIN_OF.get(who), DemoAccounts.PASSWORD).isRedirect()).isTrue();
            }
            for (Map.Entry<String, List<Expect>> row : MATRIX.entrySet()) {
                Expect expected = row.getValue().get(i);
                String page = demo.label(row.getKey());
                tests.add(DynamicTest.dynamicTest(who + " " + page + " → " + expected, () -> check(web, page, expected)));
            }
        }
        return tests.stream();
    }

    private static void check(WebClient web, String path, Expect expected) {
        Page page = web.get(path);
        switch (expected) {
            case ALLOW -> assertThat(page.status()).as(path).isEqualTo(200);
            case LOGIN -> assertThat(page.redirectPath()).as(path).startsWith("/login.xhtml");
            case HOME -> assertThat(page.redirectPath()).as(path).isEqualTo("/");
            case DENY -> {
                assertThat(page.status()).as(path).isIn(403, 404);
                assertThat(page.body()).doesNotContain("Exception").doesNotContain("at fr.faireess");
            }
        }
    }

    @Test
    void aStudentRequestingAnAdminPageGetsTheFrench403Page() {
        WebClient web = new WebClient(app);
        web.login(DemoAccounts.STUDENT_ASS_MONTPELLIER, DemoAccounts.PASSWORD);
        Page denied = web.get("/admin/accounts/list.xhtml");
        assertThat(denied.status()).isEqualTo(403);
        assertThat(denied.title()).isEqualTo("Accès refusé");
    }

    @Test
    void anUnknownPageGetsTheFrench404PageWithoutDetails() {
        Page missing = new WebClient(app).get("/nulle-part.xhtml");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.title()).isEqualTo("Page introuvable");
        assertThat(missing.body()).doesNotContain("Exception");
    }

    @Test
    void anAdminEditingAnAccountThatDoesNotExistGetsTheNotFoundPage() {
        WebClient web = new WebClient(app);
        web.login(DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
        Page page = web.follow("/admin/accounts/edit.xhtml?id=987654321");
        assertThat(page.title()).isEqualTo("Page introuvable");
        assertThat(page.body()).doesNotContain("Exception");
    }

    @Test
    void anAddressWithUnreadableParametersGetsTheFrench404Page() {
        Map<String, List<String>> addresses = new LinkedHashMap<>();
        addresses.put(ANONYMOUS, List.of("/showcase/testimony.xhtml?id=abc", "/showcase/index.xhtml?year=deux-mille"));
        addresses.put(DemoAccounts.ADMIN, List.of("/admin/accounts/edit.xhtml?id=abc", "/admin/outbox-mail.xhtml?id=1.5",
                "/admin/reference/countries.xhtml?group=GROUP_9"));
        addresses.put(DemoAccounts.COORDINATOR_PERPIGNAN,
                List.of("/coordinator/hosts/edit.xhtml?id=abc", "/coordinator/calls/edit.xhtml?id=%27%20or%201=1"));
        addresses.put(DemoAccounts.STUDENT_ES_PERPIGNAN,
                List.of("/student/applications/file.xhtml?id=abc", "/student/placements/view.xhtml?id=1e3"));
        addresses.forEach((who, paths) -> {
            WebClient web = new WebClient(app);
            if (!who.equals(ANONYMOUS)) {
                web.login(who, DemoAccounts.PASSWORD);
            }
            for (String path : paths) {
                Page page = web.get(path);
                assertThat(page.status()).as(who + " " + path).isEqualTo(404);
                assertThat(page.title()).as(path).isEqualTo("Page introuvable");
                assertThat(page.body()).doesNotContain("Exception").doesNotContain("at fr.faireess");
            }
        });
    }

    @Test
    void aPostWithAForgedViewStateLeadsToTheLoginPageNeverToADetailedError() {
        WebClient web = new WebClient(app);
        web.login(DemoAccounts.STUDENT_ES_PERPIGNAN, DemoAccounts.PASSWORD);
        Page list = web.get("/student/hosts/list.xhtml");
        for (String forged : List.of("n'importe quoi", "-1:-1", "A".repeat(4000), "stateless")) {
            Page posted = web.submitWithViewState(list, "filters", forged);
            assertThat(posted.redirectPath()).as(forged).isEqualTo("/login.xhtml?expired=true");
            assertThat(posted.body()).doesNotContain("Exception");
        }
        Page landing = web.follow("/login.xhtml?expired=true");   // still logged in: back to the home page
        assertThat(landing.title()).isEqualTo("Mon espace étudiant·e");
        assertThat(landing.body()).doesNotContain("Exception");
    }

    @Test
    void methodsOtherThanGetHeadAndPostAreRefusedWithoutDetails() {
        WebClient web = new WebClient(app);
        web.login(DemoAccounts.STUDENT_ES_PERPIGNAN, DemoAccounts.PASSWORD);
        for (String method : List.of("PUT", "DELETE", "OPTIONS", "PATCH", "PROPFIND")) {
            for (String path : List.of("/student/index.xhtml", "/login.xhtml", "/showcase/feed.atom")) {
                Page refused = web.request(method, path);
                assertThat(refused.status()).as(method + " " + path).isEqualTo(405);
                assertThat(refused.header("Allow")).isEqualTo("GET, HEAD, POST");
                assertThat(refused.body()).doesNotContain("Exception").doesNotContain("Mon espace étudiant");
            }
        }
        assertThat(web.request("HEAD", "/student/index.xhtml").status()).isEqualTo(200);
    }

    @Test
    void overHttpsTheSessionCookieIsAlsoSecure() throws Exception {
        javax.net.ssl.SSLContext trustAll = javax.net.ssl.SSLContext.getInstance("TLS");
        trustAll.init(null, new javax.net.ssl.TrustManager[] {new javax.net.ssl.X509TrustManager() {
            @Override public void checkClientTrusted(java.security.cert.X509Certificate[] chain, String auth) { }
            @Override public void checkServerTrusted(java.security.cert.X509Certificate[] chain, String auth) { }
            @Override public java.security.cert.X509Certificate[] getAcceptedIssuers() { return new java.security.cert.X509Certificate[0]; }
        }}, null);
        var https = (javax.net.ssl.HttpsURLConnection) java.net.URI.create(app.httpsUrl("/login.xhtml")).toURL().openConnection();
        https.setSSLSocketFactory(trustAll.getSocketFactory());
        https.setHostnameVerifier((host, session) -> true);   // Payara's own test certificate
        assertThat(https.getResponseCode()).isEqualTo(200);
        String cookie = https.getHeaderFields().getOrDefault("Set-Cookie", List.of()).stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertThat(cookie).containsIgnoringCase("Secure").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
        assertThat(https.getHeaderField("Strict-Transport-Security")).startsWith("max-age=");
        https.disconnect();

        String plain = new WebClient(app).get("/login.xhtml").response().headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertThat(plain).doesNotContainIgnoringCase("Secure");
    }

    @Test
    void everyResponseCarriesTheSecurityHeadersAndTheSessionCookieIsProtected() {
        Page login = new WebClient(app).get("/login.xhtml");
        List<String> policies = login.response().headers().allValues("Content-Security-Policy");
        assertThat(policies).anySatisfy(p -> assertThat(p).contains("frame-ancestors 'none'"));
        assertThat(policies).anySatisfy(p -> assertThat(p).matches(".*script-src 'self' 'nonce-[^']+'.*"));
        assertThat(login.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(login.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        String cookie = login.response().headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
    }

    @Test
    void payarasOwnMetricsAreNotPublicAndOpenApiDescribesTheRestApiOnly() {
        WebClient web = new WebClient(app);
        for (String path : List.of("/metrics", "/metrics/base")) {
            Page page = web.get(path);
            assertThat(page.status()).as(path).isIn(403, 404);
            assertThat(page.body()).doesNotContain("connection_pool");
        }
        // The REST API's document (ApiHttpIT checks its content): public, like any API description.
        assertThat(web.get("/openapi").status()).isEqualTo(200);
    }

    @Test
    void readinessIncludesTheDatabaseAndTellsAnyoneItsStatusOnly() {
        Page ready = new WebClient(app).get("/health/ready");
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.body()).containsPattern("\\{\"name\":\"database\",\"status\":\"UP\"");
        assertThat(ready.body()).doesNotContain("product").doesNotContain("H2").doesNotContain("MySQL").doesNotContain("MariaDB");
    }

    /** What every kind of response carries, whoever wrote it: the application, the container or the login mechanism. */
    private static void assertProtected(Page page, String what) {
        assertThat(page.header("X-Content-Type-Options")).as(what).isEqualTo("nosniff");
        assertThat(page.header("Referrer-Policy")).as(what).isEqualTo("strict-origin-when-cross-origin");
        assertThat(page.header("Permissions-Policy")).as(what).contains("camera=()");
        assertThat(page.header("X-Frame-Options")).as(what).isEqualTo("DENY");
        assertThat(page.response().headers().allValues("Content-Security-Policy")).as(what)
                .anySatisfy(policy -> assertThat(policy).contains("frame-ancestors 'none'"));
        assertThat(page.header("Cache-Control")).as(what + ": never kept by a browser or a proxy").contains("no-store");
    }

    @Test
    void everyKindOfResponseCarriesTheSecurityHeadersAndNoneIsKept() {
        WebClient anonymous = new WebClient(app);
        Page toLogin = anonymous.get("/student/index.xhtml");
        assertThat(toLogin.status()).isEqualTo(302);
        assertProtected(toLogin, "the anonymous redirect to the login page");
        assertProtected(anonymous.get("/login.xhtml"), "a public page");
        assertProtected(anonymous.get("/nulle-part.xhtml"), "the 404 page");
        assertProtected(anonymous.get("/showcase/feed.atom"), "the Atom feed");
        assertProtected(anonymous.get("/showcase/testimony.xhtml?id=abc"), "a page with unreadable parameters");
        assertProtected(anonymous.get("/errors/500.xhtml"), "the 500 page (where an unexpected error is sent)");
        assertProtected(anonymous.request("PATCH", "/login.xhtml"), "a method Faces does not know");
        assertProtected(anonymous.post("/login.xhtml", "multipart/form-data; boundary=x", "--x\r\nbroken".getBytes()),
                "the 400 of an unreadable form");
        for (String health : List.of("/health/ready", "/health/live", "/health")) {
            assertProtected(anonymous.get(health), "MicroProfile Health " + health);
        }

        WebClient student = new WebClient(app);
        student.login(DemoAccounts.STUDENT_ASS_MONTPELLIER, DemoAccounts.PASSWORD);
        Page denied = student.get("/admin/accounts/list.xhtml");
        assertThat(denied.status()).isEqualTo(403);
        assertProtected(denied, "the container's 403");
        assertProtected(student.get("/student/index.xhtml"), "a signed-in page");
        assertProtected(student.request("PUT", "/student/index.xhtml"), "a refused method");
        WebClient coordinator = new WebClient(app);
        coordinator.login(DemoAccounts.COORDINATOR_PERPIGNAN, DemoAccounts.PASSWORD);
        Page download = coordinator.get("/coordinator/applications/export/applications.csv");
        assertThat(download.header("Content-Disposition")).startsWith("attachment");
        assertProtected(download, "a download");

        Page theme = anonymous.get("/jakarta.faces.resource/css/app.css.xhtml");
        assertThat(theme.status()).isEqualTo(200);
        assertThat(String.valueOf(theme.header("Cache-Control"))).as("versioned static resources may be cached")
                .doesNotContain("no-store");
    }

    @Test
    void everyPageNamesItsTabIconWhichExists() {
        WebClient web = new WebClient(app);
        for (String path : List.of("/login.xhtml", "/showcase/index.xhtml", "/nulle-part.xhtml")) {
            var icon = web.get(path).document().selectFirst("link[rel=icon]");
            assertThat(icon).as(path).isNotNull();
            assertThat(web.get(icon.attr("href")).status()).as(icon.attr("href")).isEqualTo(200);
        }
    }
}
