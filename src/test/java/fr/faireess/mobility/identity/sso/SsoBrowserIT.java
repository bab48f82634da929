package fr.faireess.mobility.identity.sso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import fr.faireess.mobility.support.Browser;
import fr.faireess.mobility.support.RunningApp;
import fr.faireess.mobility.support.TestOidcProvider;
import fr.faireess.mobility.support.TestLanes;

/**
 * Single sign-on in headless Chromium against a real provider (Keycloak, {@link TestOidcProvider}):
 * the login page's button leads to the provider's own login page; back from it, a coordinator and a
 * student land on their role's home with a new session id; someone the provider knows but the
 * application does not gets the French refusal page and no session; logout ends both sessions.
 * Skipped with {@code CI_SKIP_SSO=true}.
 */
@ResourceLock(TestLanes.RUNNING_APP)
class SsoBrowserIT {

    private static TestOidcProvider provider;

    @RegisterExtension
    static final Browser BROWSER = new Browser(RunningApp.get());

    @BeforeAll
    static void provider() {
        assumeFalse(TestOidcProvider.skipped(), "CI_SKIP_SSO=true");
        provider = TestOidcProvider.get();
    }

    @BeforeEach
    void noSessionAnywhere() {
        // WebDriver deletes the cookies the current page sees: the application's, then the provider's
        // (under its realm's path).
        BROWSER.open("/login.xhtml");
        BROWSER.driver().manage().deleteAllCookies();
        BROWSER.driver().get(provider.issuer() + "/.well-known/openid-configuration");
        BROWSER.driver().manage().deleteAllCookies();
    }

    /** From the login page's button through the provider's login page; returns the session id seen at the provider. */
    private String logInAtTheProvider(String login) {
        BROWSER.open("/login.xhtml");
        BROWSER.driver().findElement(By.id("ssoLogin")).click();
        waitUntil(d -> d.getCurrentUrl().startsWith(provider.issuer()));
        Cookie before = BROWSER.driver().manage().getCookieNamed("JSESSIONID");
        BROWSER.driver().findElement(By.id("username")).sendKeys(login);
        BROWSER.driver().findElement(By.id("password")).sendKeys(TestOidcProvider.PASSWORD);
        BROWSER.driver().findElement(By.id("kc-login")).click();
        waitUntil(d -> d.getCurrentUrl().startsWith(RunningApp.get().baseUrl()));
        return before == null ? null : before.getValue();
    }

    private static void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(BROWSER.driver(), Duration.ofSeconds(30)).until(condition::apply);
    }

    @Test
    void aCoordinatorLogsInThroughTheProviderAndOutOfBoth() {
        String sessionAtTheProvider = logInAtTheProvider(TestOidcProvider.COORDINATOR_LOGIN);
        waitUntil(d -> BROWSER.path().startsWith("/coordinator/index.xhtml"));
        assertThat(sessionAtTheProvider).as("the session holding the pending login").isNotNull();
        assertThat(BROWSER.driver().manage().getCookieNamed("JSESSIONID").getValue())
                .as("a new session id after login").isNotEqualTo(sessionAtTheProvider);

        ((JavascriptExecutor) BROWSER.driver()).executeScript("document.getElementById('userMenu:logout').click();");
        waitUntil(d -> BROWSER.path().startsWith("/login.xhtml?loggedOut=true"));

        BROWSER.open("/coordinator/index.xhtml");
        assertThat(BROWSER.path()).as("the local session is over").startsWith("/login.xhtml");
        BROWSER.driver().findElement(By.id("ssoLogin")).click();
        waitUntil(d -> d.getCurrentUrl().startsWith(provider.issuer()));
        assertThat(BROWSER.driver().findElements(By.id("password")))
                .as("the provider's session is over too: it asks for the password again").isNotEmpty();
    }

    @Test
    void aStudentLandsOnTheStudentsHome() {
        logInAtTheProvider(TestOidcProvider.STUDENT_LOGIN);
        waitUntil(d -> BROWSER.path().startsWith("/student/index.xhtml"));
    }

    @Test
    void somebodyWithoutAnAccountIsToldSoInFrenchAndStaysOut() {
        logInAtTheProvider(TestOidcProvider.STRANGER_LOGIN);
        waitUntil(d -> BROWSER.path().startsWith("/sso/refused.xhtml"));
        assertThat(BROWSER.heading()).isEqualTo("Connexion par l'authentification unique impossible");
        assertThat(BROWSER.bodyText()).contains("aucun compte de l'application Mobilité ne correspond à votre adresse e-mail")
                .contains("Aucun compte n'est créé automatiquement");
        BROWSER.open("/student/index.xhtml");
        assertThat(BROWSER.path()).startsWith("/login.xhtml");
    }
}
