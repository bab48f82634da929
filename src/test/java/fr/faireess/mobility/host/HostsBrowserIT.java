package fr.faireess.mobility.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import fr.faireess.mobility.support.Browser;
import fr.faireess.mobility.support.DemoAccounts;
import fr.faireess.mobility.support.RunningApp;
import fr.faireess.mobility.support.TestLanes;

/** The directory's main journey in headless Chromium: a coordinator adds a host, a student finds it. */
@ResourceLock(TestLanes.RUNNING_APP)
class HostsBrowserIT {

    private static final RunningApp APP = RunningApp.get();

    @RegisterExtension
    static final Browser BROWSER = new Browser(APP);

    @AfterAll
    static void closeBrowser() {
        BROWSER.close();
    }

    private void logIn(String email) {
        BROWSER.driver().manage().deleteAllCookies();
        BROWSER.open("/");
        BROWSER.type("Adresse e-mail", email);
        BROWSER.type("Mot de passe", DemoAccounts.PASSWORD);
        BROWSER.click("Se connecter");
    }

    @Test
    void aCoordinatorAddsAHostWithAContactAndAStudentFindsItByCountryWithoutTheContact() {
        String name = "Maison Relais Kirchberg " + UUID.randomUUID().toString().substring(0, 6);
        String email = "tuteur." + UUID.randomUUID().toString().substring(0, 6) + "@relais.example.org";

        logIn(DemoAccounts.COORDINATOR_PERPIGNAN);
        BROWSER.open("/coordinator/hosts/list.xhtml");
        assertThat(BROWSER.heading()).isEqualTo("Organisations d'accueil");
        BROWSER.click("Nouvelle organisation");
        assertThat(BROWSER.heading()).isEqualTo("Nouvelle organisation d'accueil");

        BROWSER.type("Nom de l'organisation", name);
        BROWSER.choose("Type de structure", "Petite enfance");
        BROWSER.tick("Public");
        BROWSER.tick("250 salarié·es ou moins");
        BROWSER.type("Ville", "Luxembourg");
        BROWSER.choose("Pays", "Luxembourg");
        BROWSER.type("Site web", "ftp://relais.example.org");
        BROWSER.type("Langues de travail", "fr, de, lb");
        BROWSER.type("Thèmes", "Petite enfance, multilinguisme");
        BROWSER.tick("Philia+");
        BROWSER.type("Nom et prénom", "Jean Muller");
        BROWSER.type("E-mail du contact", email);
        BROWSER.tick("Tuteur·rice de stage");
        BROWSER.click("Enregistrer");
        assertThat(BROWSER.messageNextTo("Site web")).isEqualTo("Saisissez une adresse web complète commençant par http:// ou https://.");

        BROWSER.type("Site web", "https://relais.example.org");
        BROWSER.click("Enregistrer");
        assertThat(BROWSER.bodyText()).contains("L'organisation « " + name + " » a été créée.");
        assertThat(BROWSER.heading()).isEqualTo("Modifier l'organisation d'accueil");
        assertThat(BROWSER.field("E-mail du contact").getAttribute("value")).isEqualTo(email);

        BROWSER.click("Retour à la liste");
        BROWSER.choose("Pays", "Luxembourg");
        BROWSER.choose("Réseau partenaire", "Philia+");
        BROWSER.click("Filtrer");
        assertThat(BROWSER.path()).contains("country=LU").contains("network=PHILIA_PLUS");
        assertThat(BROWSER.bodyText()).contains(name).contains("Erasmus+ groupe 1");

        logIn(DemoAccounts.STUDENT_ASS_MONTPELLIER);
        BROWSER.open("/student/hosts/list.xhtml");
        assertThat(BROWSER.heading()).isEqualTo("Organisations d'accueil");
        BROWSER.choose("Pays", "Luxembourg");
        BROWSER.click("Filtrer");
        assertThat(BROWSER.bodyText()).contains(name);
        BROWSER.click(name);
        assertThat(BROWSER.heading()).isEqualTo(name);
        assertThat(BROWSER.bodyText()).contains("Petite enfance").contains("Philia+").contains("Luxembourgeois")
                .doesNotContain(email).doesNotContain("Jean Muller");
    }
}
