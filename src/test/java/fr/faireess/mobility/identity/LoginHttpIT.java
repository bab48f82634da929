package fr.faireess.mobility.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.HttpCookie;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import fr.faireess.mobility.support.DemoAccounts;
import fr.faireess.mobility.support.RunningApp;
import fr.faireess.mobility.support.WebClient;
import fr.faireess.mobility.support.WebClient.Page;
import fr.faireess.mobility.support.TestLanes;

/** Login, logout, lock-out and expired sessions, over HTTP against the running application. */
@ResourceLock(TestLanes.RUNNING_APP)
class LoginHttpIT {

    private final RunningApp app = RunningApp.get();

    static Stream<Arguments> demoAccounts() {
        return Stream.of(
                Arguments.of(DemoAccounts.STUDENT_ASS_PERPIGNAN, "/student/index.xhtml", "Mon espace étudiant·e"),
                Arguments.of(DemoAccounts.STUDENT_EJE_MONTPELLIER, "/student/index.xhtml", "Mon espace étudiant·e"),
                Arguments.of(DemoAccounts.COORDINATOR_PERPIGNAN, "/coordinator/index.xhtml", "Coordination internationale"),
                Arguments.of(DemoAccounts.TRAINER_MONTPELLIER, "/trainer/index.xhtml", "Module interculturel"),
                Arguments.of(DemoAccounts.ADMIN, "/admin/index.xhtml", "Administration"));
    }

    @ParameterizedTest(name = "{0} lands on {1}")
    @MethodSource("demoAccounts")
    void eachRoleLogsInAndLandsOnItsHomePage(String email, String home, String title) {
        WebClient web = new WebClient(app);
        Page afterLogin = web.login(email, DemoAccounts.PASSWORD);
        assertThat(afterLogin.isRedirect()).isTrue();

        Page landing = web.get(afterLogin.redirectPath());
        assertThat(landing.redirectPath()).isEqualTo(home);
        Page homePage = web.get(home);
        assertThat(homePage.status()).isEqualTo(200);
        assertThat(homePage.title()).isEqualTo(title);
    }

    @ParameterizedTest(name = "wrong password for {0}")
    @MethodSource("demoAccounts")
    void aWrongPasswordShowsAFrenchMessageNextToTheForm(String email, String home, String title) {
        WebClient web = new WebClient(app);
        Page refused = web.login(email, "pas-le-bon-mot-de-passe");
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.messageFor("login:email")).isEqualTo("Adresse e-mail ou mot de passe incorrect.");
        assertThat(web.get(home).redirectPath()).startsWith("/login.xhtml");
    }

    @Test
    void emptyFieldsAreReportedNextToEachField() {
        Page refused = new WebClient(app).login("", "");
        assertThat(refused.messageFor("login:email")).isEqualTo("Saisissez votre adresse e-mail.");
        assertThat(refused.messageFor("login:password")).isEqualTo("Saisissez votre mot de passe.");
    }

    @Test
    void fiveFailuresLockTheLoginWithAFrenchExplanation() {
        String email = "inconnu." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        WebClient web = new WebClient(app);
        for (int i = 0; i < 4; i++) {
            assertThat(web.login(email, "mauvais").messageFor("login:email"))
                    .isEqualTo("Adresse e-mail ou mot de passe incorrect.");
        }
        assertThat(web.login(email, "mauvais").messageFor("login:email"))
                .startsWith("Trop de tentatives infructueuses : ce compte est bloqué pendant encore 15 minute(s).");
    }

    @Test
    void anonymousVisitorsAreSentToTheFrenchLoginPage() {
        WebClient web = new WebClient(app);
        Page root = web.get("/");
        assertThat(root.redirectPath()).isEqualTo("/login.xhtml");
        Page login = web.get("/login.xhtml");
        assertThat(login.title()).isEqualTo("Connexion à votre espace");
        assertThat(login.document().selectFirst("html").attr("lang")).isEqualTo("fr");
    }

    @Test
    void afterLoginThePageAskedForIsOpened() {
        WebClient web = new WebClient(app);
        assertThat(web.get("/admin/accounts/list.xhtml?role=STUDENT&q=vidal").redirectPath()).isEqualTo("/login.xhtml");
        Page afterLogin = web.login(DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
        assertThat(afterLogin.redirectPath()).isEqualTo("/admin/accounts/list.xhtml?role=STUDENT&q=vidal");
        Page list = web.get(afterLogin.redirectPath());
        assertThat(list.title()).isEqualTo("Comptes");
        assertThat(list.body()).contains("lea.vidal@etudiant.faire-ess.fr").doesNotContain(DemoAccounts.ADMIN);
    }

    @Test
    void loggingInGivesANewSessionId() {
        WebClient web = new WebClient(app);
        web.get("/login.xhtml");
        String before = sessionId(web);
        web.login(DemoAccounts.TRAINER_PERPIGNAN, DemoAccounts.PASSWORD);
        assertThat(sessionId(web)).isNotEqualTo(before);
    }

    private static String sessionId(WebClient web) {
        return web.cookies().getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst().orElse("");
    }

    @Test
    void logoutEndsTheSession() {
        WebClient web = new WebClient(app);
        web.login(DemoAccounts.TRAINER_PERPIGNAN, DemoAccounts.PASSWORD);
        Page home = web.get("/trainer/index.xhtml");
        assertThat(home.status()).isEqualTo(200);

        Page loggedOut = web.submit(home, "userMenu", Map.of(), "logout");
        assertThat(loggedOut.redirectPath()).isEqualTo("/login.xhtml?loggedOut=true");
        assertThat(web.get(loggedOut.redirectPath()).body()).contains("Vous êtes déconnecté·e.");
        assertThat(web.get("/trainer/index.xhtml").redirectPath()).startsWith("/login.xhtml");
    }

    @Test
    void anExpiredSessionLeadsBackToTheLoginPageWithAMessage() {
        WebClient web = new WebClient(app);
        web.login(DemoAccounts.COORDINATOR_MONTPELLIER, DemoAccounts.PASSWORD);
        assertThat(web.get("/coordinator/index.xhtml").status()).isEqualTo(200);

        // The server forgot the session (timeout, restart): the browser still sends the old cookie.
        HttpCookie stale = new HttpCookie("JSESSIONID", "expired" + UUID.randomUUID().toString().replace("-", ""));
        stale.setPath("/");
        web.cookies().getCookieStore().removeAll();
        web.cookies().getCookieStore().add(URI.create(app.baseUrl()), stale);

        Page redirect = web.get("/coordinator/index.xhtml");
        assertThat(redirect.redirectPath()).isEqualTo("/login.xhtml?expired=true");
        Page login = web.get(redirect.redirectPath());
        assertThat(login.document().getElementById("expiredNotice").text())
                .isEqualTo("Votre session a expiré. Veuillez vous reconnecter.");
    }

    @Test
    void theChosenLanguageIsRememberedOnTheAccountFromOneComputerToAnother() {
        String zoe = "zoe.gimenez@etudiant.faire-ess.fr";   // a demo student no other test logs in as
        WebClient first = new WebClient(app);
        first.login(zoe, DemoAccounts.PASSWORD);
        Page home = first.follow("/");
        assertThat(home.title()).isEqualTo("Mon espace étudiant·e");
        try {
            Page english = first.follow(switchLanguage(first, home, "en").redirectPath());
            assertThat(english.title()).isEqualTo("My student space");
            assertThat(english.document().selectFirst("html").attr("lang")).isEqualTo("en");

            WebClient other = new WebClient(app);   // no cookie: only the account remembers
            assertThat(other.get("/login.xhtml").title()).isEqualTo("Connexion à votre espace");
            other.login(zoe, DemoAccounts.PASSWORD);
            assertThat(other.follow("/").title()).isEqualTo("My student space");
        } finally {
            WebClient back = new WebClient(app);
            back.login(zoe, DemoAccounts.PASSWORD);
            switchLanguage(back, back.follow("/"), "fr");
        }
        WebClient again = new WebClient(app);
        again.login(zoe, DemoAccounts.PASSWORD);
        assertThat(again.follow("/").title()).isEqualTo("Mon espace étudiant·e");
    }

    /** Clicks FR or EN in the language switch (a command link posts its own id as a parameter). */
    private static Page switchLanguage(WebClient web, Page page, String code) {
        Page switched = web.submit(page, "lang", Map.of(code, "lang:" + code), "none");
        assertThat(switched.isRedirect()).as("switch to " + code).isTrue();
        return switched;
    }

    @Test
    void aFormPostedAfterTheSessionEndedLeadsToTheLoginPageNotAnError() {
        WebClient first = new WebClient(app);
        Page loginPage = first.get("/login.xhtml");
        WebClient later = new WebClient(app);   // another session: the first one's view state means nothing there
        Page posted = later.submit(loginPage, "login",
                Map.of("email", DemoAccounts.ADMIN, "password", DemoAccounts.PASSWORD), "submit");
        assertThat(posted.redirectPath()).isEqualTo("/login.xhtml?expired=true");
    }
}
