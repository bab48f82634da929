package fr.faireess.mobility.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

import fr.faireess.mobility.support.ApiCalls;
import fr.faireess.mobility.support.Browser;
import fr.faireess.mobility.support.DemoAccounts;
import fr.faireess.mobility.support.RunningApp;
import fr.faireess.mobility.support.TestLanes;

/**
 * The administrator's journey on the API clients' page, in headless Chromium: a client issued, its
 * token shown once and working at once, its use shown, revoked (the token then refused); and the
 * OpenAPI document rendered by the page's own script under the Content-Security-Policy.
 */
@ResourceLock(TestLanes.RUNNING_APP)
class ApiClientsBrowserIT {

    private static final RunningApp APP = RunningApp.get();

    @RegisterExtension
    static final Browser BROWSER = new Browser(APP);

    @AfterAll
    static void closeBrowser() {
        BROWSER.close();
    }

    @Test
    void anAdminIssuesAClientWhoseTokenWorksOnceShownAndRevokesIt() {
        BROWSER.open("/");
        BROWSER.type("Adresse e-mail", DemoAccounts.ADMIN);
        BROWSER.type("Mot de passe", DemoAccounts.PASSWORD);
        BROWSER.click("Se connecter");
        BROWSER.open("/admin/api/clients.xhtml");
        assertThat(BROWSER.heading()).isEqualTo("Clients de l'API");

        String name = "Annuaire du site " + System.nanoTime();
        BROWSER.type("Nom", name);
        BROWSER.choose("Agit au nom de", "Nadia Benali (" + DemoAccounts.COORDINATOR_PERPIGNAN + ")");
        BROWSER.choose("Campus", "IRTS Perpignan");
        BROWSER.tick("Annuaire des structures : lecture");
        BROWSER.click("Créer le client");
        assertThat(BROWSER.bodyText()).contains("Client « " + name + " » créé");
        String token = BROWSER.driver().findElement(By.id("token")).getAttribute("value");
        assertThat(token).startsWith("mfe_").hasSize(47);

        ApiCalls api = new ApiCalls(APP);
        assertThat(api.get(token, "/api/v1/hosts?size=1").status()).isEqualTo(200);
        assertThat(api.get(token, "/api/v1/placements").status()).isEqualTo(403);

        BROWSER.open("/admin/api/clients.xhtml");
        assertThat(BROWSER.driver().findElements(By.id("token"))).as("the token is shown once").isEmpty();
        String row = "//tr[td[normalize-space(.)='" + name + "']]";
        assertThat(BROWSER.driver().findElement(By.xpath(row)).getText()).contains("PERPIGNAN").contains("hosts:read")
                .doesNotContain("jamais");
        BROWSER.driver().findElement(By.xpath(row + "//button")).click();
        new WebDriverWait(BROWSER.driver(), Duration.ofSeconds(30))
                .until(d -> d.findElement(By.tagName("body")).getText().contains("révoqué : son jeton ne fonctionne plus"));
        assertThat(api.get(token, "/api/v1/hosts?size=1").status()).isEqualTo(401);

        BROWSER.click("Documentation de l'API");
        assertThat(BROWSER.heading()).isEqualTo("Documentation de l'API REST");
        new WebDriverWait(BROWSER.driver(), Duration.ofSeconds(30))
                .until(d -> d.findElement(By.id("openapi")).getText().contains("PUT /api/v1/hosts/{id}"));
        assertThat(BROWSER.bodyText()).contains("GET /api/v1/placements").contains("POST /api/v1/students/imports")
                .contains("HostInput").doesNotContain("n'a pas pu être lu");
    }
}
