package fr.faireess.mobility.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;

import fr.faireess.mobility.module.AcademicYears;
import fr.faireess.mobility.support.Browser;
import fr.faireess.mobility.support.DemoAccounts;
import fr.faireess.mobility.support.PasswordLinks;
import fr.faireess.mobility.support.RunningApp;
import fr.faireess.mobility.support.WebClient;
import fr.faireess.mobility.support.TestLanes;

/**
 * The main journey of each role in headless Chromium, finding elements by what the user reads.
 * The admin journey also restarts the server to prove that what the admin created survives: in CI's
 * H2 run only ({@code CI_SKIP_RESTART=true} in the others: on MariaDB the rows live in the database
 * server, which the restart does not touch; with the clock moved, what it proves does not depend on
 * the date; and it costs a server start).
 */
@ResourceLock(TestLanes.RUNNING_APP)
class RoleJourneysBrowserIT {

    private static final RunningApp APP = RunningApp.get();

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

    private void logIn(String email) {
        BROWSER.open("/");
        assertThat(BROWSER.heading()).isEqualTo("Connexion à votre espace");
        BROWSER.type("Adresse e-mail", email);
        BROWSER.type("Mot de passe", DemoAccounts.PASSWORD);
        BROWSER.click("Se connecter");
    }

    @Test
    void anAdminCreatesAnAccountWhichSurvivesARestartAndCanLogIn() {
        logIn(DemoAccounts.ADMIN);
        assertThat(BROWSER.heading()).isEqualTo("Administration");
        BROWSER.click("Gérer les comptes");
        assertThat(BROWSER.heading()).isEqualTo("Comptes");
        BROWSER.type("Rechercher (nom, prénom, e-mail)", "martin");
        BROWSER.click("Filtrer");
        assertThat(BROWSER.path()).contains("q=martin");
        assertThat(BROWSER.bodyText()).contains("sophie.martin@faire-ess.fr").doesNotContain("nadia.benali@irts-perpignan.fr");
        BROWSER.click("Nouveau compte");
        assertThat(BROWSER.heading()).isEqualTo("Nouveau compte");

        // Bad input first: messages in French next to the fields, nothing saved.
        BROWSER.type("Adresse e-mail", "pas-une-adresse");
        BROWSER.click("Enregistrer");
        assertThat(BROWSER.messageNextTo("Adresse e-mail")).isEqualTo("Cette adresse e-mail n'est pas valide.");
        assertThat(BROWSER.messageNextTo("Prénom")).isEqualTo("Saisissez le prénom.");

        String email = "camille." + UUID.randomUUID().toString().substring(0, 6) + "@irts-montpellier.fr";
        BROWSER.type("Adresse e-mail", email);
        BROWSER.type("Prénom", "Camille");
        BROWSER.type("Nom", "Durand");
        BROWSER.tick("Coordinateur·rice international·e");
        BROWSER.choose("Campus", "IRTS Montpellier");
        BROWSER.tick("Voit les deux campus");
        BROWSER.click("Enregistrer");
        assertThat(BROWSER.bodyText()).contains("Le compte de Camille Durand a été créé ; un courriel de bienvenue lui a été envoyé");
        assertThat(BROWSER.heading()).isEqualTo("Modifier le compte");

        if (!"true".equals(System.getenv("CI_SKIP_RESTART"))) {
            APP.restart();
        }

        PasswordLinks.choose(APP, email, "un-mot-de-passe-solide");
        WebClient web = new WebClient(APP);
        assertThat(web.login(email, "un-mot-de-passe-solide").isRedirect()).isTrue();
        WebClient.Page home = web.follow("/");
        assertThat(home.title()).isEqualTo("Coordination internationale");
        assertThat(home.document().getElementById("campusScope").text()).isEqualTo("Vous voyez les dossiers des deux campus.");

        // The account list shows the setting; the edit page shows it ticked.
        WebClient admin = new WebClient(APP);
        admin.login(DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
        WebClient.Page list = admin.get("/admin/accounts/list.xhtml?q=" + email);
        org.jsoup.nodes.Element row = list.document().selectFirst("tr:has(td:contains(" + email + "))");
        assertThat(row.text()).contains("IRTS Montpellier").contains("voit les deux campus");
        WebClient.Page edit = admin.get(row.selectFirst("a").attr("href"));
        assertThat(edit.document().selectFirst("input[name='account:seesBothCampuses_input']").hasAttr("checked")).isTrue();
    }

    @Test
    void anAdminMovesACountryToAnotherErasmusGroupAndSeesWhoChangedIt() {
        logIn(DemoAccounts.ADMIN);
        BROWSER.click("Gérer les données de référence");
        assertThat(BROWSER.heading()).isEqualTo("Données de référence");
        assertThat(BROWSER.bodyText()).contains("IRTS Perpignan").contains("IRTS Montpellier");
        BROWSER.click("Voir et corriger les pays");
        assertThat(BROWSER.heading()).isEqualTo("Pays");
        BROWSER.type("Rechercher (code ou nom)", "albanie");
        BROWSER.click("Filtrer");
        assertThat(BROWSER.path()).contains("q=albanie");
        assertThat(BROWSER.bodyText()).contains("Albania").contains("Mobilité internationale (hors pays du programme)")
                .doesNotContain("Allemagne");
        BROWSER.click("Corriger");
        assertThat(BROWSER.heading()).isEqualTo("Albanie (AL)");

        // An EEA country cannot be international mobility: refused next to the group, nothing saved.
        BROWSER.tick("Dans l'Espace économique européen (EEE)");
        BROWSER.click("Enregistrer");
        assertThat(BROWSER.messageNextTo("Groupe Erasmus+"))
                .isEqualTo("Un pays de l'EEE participe au programme Erasmus+ : choisissez le groupe 1, 2 ou 3.");
        assertThat(BROWSER.bodyText()).doesNotContain("classement enregistré");

        BROWSER.tick("Dans l'Espace économique européen (EEE)");
        BROWSER.choose("Groupe Erasmus+", "Groupe 3 (coût de la vie plus bas)");
        BROWSER.click("Enregistrer");
        assertThat(BROWSER.bodyText()).contains("Albanie : classement enregistré.")
                .contains(DemoAccounts.ADMIN).contains("Groupe 3 (coût de la vie plus bas) · Hors EEE");

        // Back as it was, so that the other journeys see the Programme Guide's groups.
        BROWSER.choose("Groupe Erasmus+", "Mobilité internationale (hors pays du programme)");
        BROWSER.click("Enregistrer");
        assertThat(BROWSER.bodyText()).contains("Albanie : classement enregistré.");

        BROWSER.open("/admin/reference/years.xhtml");
        assertThat(BROWSER.heading()).isEqualTo("Années universitaires");
        // The reference data's years (db/migration) and the current one by the server's clock, which the application adds.
        assertThat(BROWSER.bodyText()).contains("2026-2027").contains(AcademicYears.of(APP.today()));
        BROWSER.type("Année", "2030-2029");
        BROWSER.click("Ajouter l'année");
        assertThat(BROWSER.messageNextTo("Année")).isEqualTo("Écrivez l'année sous la forme 2027-2028 : deux années qui se suivent.");
        assertThat(BROWSER.bodyText()).doesNotContain("Année universitaire 2030-2029 ajoutée.");
    }

    @Test
    void aStudentSeesTheirProgrammeSwitchesToEnglishAndLogsOut() {
        logIn(DemoAccounts.STUDENT_EJE_PERPIGNAN);
        assertThat(BROWSER.heading()).isEqualTo("Mon espace étudiant·e");
        assertThat(BROWSER.bodyText()).contains("Bonjour Inès").contains("EJE")
                .contains("Diplôme d'État d'éducateur de jeunes enfants").contains("IRTS Perpignan");

        BROWSER.click("EN");
        assertThat(BROWSER.heading()).isEqualTo("My student space");
        assertThat(BROWSER.bodyText()).contains("State diploma in early childhood education");
        BROWSER.open("/admin/index.xhtml");
        assertThat(BROWSER.heading()).isEqualTo("Access denied");

        BROWSER.open("/student/index.xhtml");
        BROWSER.click("FR");
        assertThat(BROWSER.heading()).isEqualTo("Mon espace étudiant·e");
        BROWSER.driver().findElement(By.xpath("//button[contains(., 'Inès Ferrer')]")).click();
        BROWSER.click("Se déconnecter");
        assertThat(BROWSER.path()).startsWith("/login.xhtml");
        assertThat(BROWSER.bodyText()).contains("Vous êtes déconnecté·e.");
        BROWSER.open("/student/index.xhtml");
        assertThat(BROWSER.heading()).isEqualTo("Connexion à votre espace");
    }

    @Test
    void aCoordinatorLandsOnTheCoordinationHomeOfTheirCampus() {
        logIn(DemoAccounts.COORDINATOR_PERPIGNAN);
        assertThat(BROWSER.heading()).isEqualTo("Coordination internationale");
        assertThat(BROWSER.bodyText()).contains("Bonjour Nadia").contains("IRTS Perpignan")
                .contains("Vous voyez les dossiers des deux campus.");
        assertThat(BROWSER.bodyText()).doesNotContain("Administration");
    }

    @Test
    void aTrainerLandsOnTheModuleHomeAndAWrongPasswordIsExplainedFirst() {
        BROWSER.open("/");
        BROWSER.type("Adresse e-mail", DemoAccounts.TRAINER_MONTPELLIER);
        BROWSER.type("Mot de passe", "mauvais");
        BROWSER.click("Se connecter");
        assertThat(BROWSER.messageNextTo("Adresse e-mail")).isEqualTo("Adresse e-mail ou mot de passe incorrect.");

        logIn(DemoAccounts.TRAINER_MONTPELLIER);
        assertThat(BROWSER.heading()).isEqualTo("Module interculturel");
        assertThat(BROWSER.bodyText()).contains("Bonjour Olivier");
    }
}
