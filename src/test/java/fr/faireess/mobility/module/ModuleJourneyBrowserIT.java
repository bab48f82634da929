package fr.faireess.mobility.module;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import fr.faireess.mobility.support.Browser;
import fr.faireess.mobility.support.DemoAccounts;
import fr.faireess.mobility.support.PasswordLinks;
import fr.faireess.mobility.support.RunningApp;
import fr.faireess.mobility.support.UploadFiles;
import fr.faireess.mobility.support.WebClient;
import fr.faireess.mobility.support.WebClient.Page;
import fr.faireess.mobility.support.TestLanes;

/**
 * The module's main journey in headless Chromium: a trainer plans a session, adds a file to it and
 * records the attendance of a cohort of 30 students in one save; an administrator corrects one mark;
 * a student sees the session's file, is refused by a call that requires the module (and told why),
 * writes a critical-incident analysis, the trainer validates it, and the student's module is then
 * completed — the same call now lets them apply. The cohort (Montpellier, ES, year 1, which the demo
 * data leaves empty), its requirement (1 session, 1 analysis) and the call are set up through the
 * administrator's and the coordinator's pages. Test names sort after the demo accounts ("Vasseur…")
 * so that the first page of the account list keeps showing them.
 */
@ResourceLock(TestLanes.RUNNING_APP)
class ModuleJourneyBrowserIT {

    private static final RunningApp APP = RunningApp.get();
    private static final String STUDENT_PASSWORD = "un-mot-de-passe-solide";
    private static final int COHORT_SIZE = 30;
    private static final String MARKER = UUID.randomUUID().toString().substring(0, 6);
    private static final List<String> STUDENTS = new ArrayList<>();
    private static final String CALL = "Stages Erasmus+ ES 1re année, module requis " + MARKER;

    @RegisterExtension
    static final Browser BROWSER = new Browser(APP);

    @BeforeAll
    static void aCohortOfThirtyStudentsWithARequirement() {
        WebClient admin = new WebClient(APP);
        assertThat(admin.login(DemoAccounts.ADMIN, DemoAccounts.PASSWORD).isRedirect()).isTrue();
        String year = academicYear(APP.today());
        Page setup = admin.get("/admin/module/requirements.xhtml?year=" + year + "&campus=MONTPELLIER&programme=ES&studyYear=1");
        Map<String, String> requirement = new LinkedHashMap<>();
        requirement.put("academicYear_input", year);
        requirement.put("campus_input", "MONTPELLIER");
        requirement.put("programme_input", "ES");
        requirement.put("studyYear_input", "1");
        requirement.put("sessionsRequired", "1");
        requirement.put("incidentsRequired", "1");
        requirement.put("version", setup.document().getElementById("requirement:version").val());
        assertThat(admin.submit(setup, "requirement", requirement, "save").body()).contains("Les exigences ont été enregistrées.");

        for (int i = 1; i <= COHORT_SIZE; i++) {
            String email = "es1." + MARKER + "." + i + "@etudiant.faire-ess.fr";
            Map<String, String> account = new LinkedHashMap<>();
            account.put("email", email);
            account.put("firstName", "Étudiant" + i);
            account.put("lastName", "Vasseur" + MARKER + String.format("%02d", i));
            account.put("roles", "STUDENT");
            account.put("campus_input", "MONTPELLIER");
            account.put("programme_input", "ES");
            account.put("studyYear_input", "1");
            Page created = admin.submit(admin.get("/admin/accounts/edit.xhtml"), "account", account, "save");
            assertThat(created.isRedirect()).as("student %d created", i).isTrue();
            if (i == 1) {
                // Only the first student logs in: the others are rows of the grid.
                PasswordLinks.choose(APP, email, STUDENT_PASSWORD);
            }
            STUDENTS.add(email);
        }

        // A call open to the cohort that requires the module, created by Montpellier's coordinator.
        WebClient coordinator = new WebClient(APP);
        assertThat(coordinator.login(DemoAccounts.COORDINATOR_MONTPELLIER, DemoAccounts.PASSWORD).isRedirect()).isTrue();
        DateTimeFormatter minute = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
        LocalDate today = APP.today();
        Map<String, String> call = new LinkedHashMap<>();
        call.put("title", CALL);
        call.put("academicYear_input", year);
        call.put("opensAt_input", today.minusDays(1).atTime(8, 0).format(minute));
        call.put("closesAt_input", today.plusDays(30).atTime(23, 0).format(minute));
        call.put("places_input", "5");
        call.put("places_hinput", "5");
        call.put("campuses", "MONTPELLIER");
        call.put("programmes", "ES");
        call.put("studyYears", "1");
        call.put("requiresModule_input", "on");
        Page created = coordinator.submit(coordinator.get("/coordinator/calls/edit.xhtml"), "call", call, "save");
        assertThat(created.isRedirect()).as("call created: %s", created.body().length() > 600
                ? created.document().select(".ui-message-error-detail").text() : created.body()).isTrue();
    }

    /** Clicks the attendance mark {@code mark} on the row of the student whose name contains {@code name}. */
    private static void mark(String name, String mark) {
        BROWSER.driver().findElement(By.xpath("//div[contains(@class,'module-grid-row')][.//label[contains(., '" + name
                + "')]]//label[normalize-space(.)='" + mark + "']")).click();
    }

    /** The card of the test's call on the student's open calls page. */
    private static WebElement callCard() {
        BROWSER.open("/student/calls.xhtml");
        return BROWSER.driver().findElement(By.xpath(
                "//article[contains(@class,'call-card')][.//h3[normalize-space(.)='" + CALL + "']]"));
    }

    /** Clicks the apply button of the call on the student's open calls page. */
    private static void applyToTheCall() {
        WebElement card = callCard();
        WebElement html = BROWSER.driver().findElement(By.tagName("html"));
        card.findElement(By.xpath(".//button")).click();
        new WebDriverWait(BROWSER.driver(), Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(html));
    }

    @AfterAll
    static void closeBrowser() {
        BROWSER.close();
    }

    private static String academicYear(LocalDate day) {
        return AcademicYears.of(day);
    }

    private void logIn(String email, String password) {
        BROWSER.driver().manage().deleteAllCookies();
        BROWSER.open("/");
        BROWSER.type("Adresse e-mail", email);
        BROWSER.type("Mot de passe", password);
        BROWSER.click("Se connecter");
    }

    @Test
    void aTrainerRecordsACohortInOneSaveAndAValidatedAnalysisCompletesAStudentsModule() {
        // The trainer plans a session; a form without a date, then without a cohort, is explained in French first.
        logIn(DemoAccounts.TRAINER_MONTPELLIER, DemoAccounts.PASSWORD);
        assertThat(BROWSER.heading()).isEqualTo("Module interculturel");
        BROWSER.open("/trainer/module/session.xhtml");
        assertThat(BROWSER.heading()).isEqualTo("Nouvelle séance");
        BROWSER.click("Enregistrer la séance");
        assertThat(BROWSER.messageNextTo("Date")).isEqualTo("Indiquez la date de la séance.");

        String title = "Décentration et petite enfance " + MARKER;
        BROWSER.type("Date", APP.today().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        BROWSER.type("Heure", "09:30");
        BROWSER.click("Enregistrer la séance");
        assertThat(BROWSER.messageNextTo("Cohorte(s)")).isEqualTo("Choisissez au moins une cohorte.");
        BROWSER.tick("ES · 1re année");
        BROWSER.type("Titre / thème", title);
        BROWSER.choose("Format", "Échange avec des invité·es internationaux·ales");
        BROWSER.tick("Décentration");
        BROWSER.type("Nom", "Núria Vilaseca");
        BROWSER.choose("Qualité", "Formateur·rice");
        BROWSER.click("Enregistrer la séance");
        assertThat(BROWSER.messageNextTo("Nom")).isEqualTo("Invité·e 1 : choisissez son pays.");
        BROWSER.choose("Pays", "Espagne");
        BROWSER.click("Enregistrer la séance");
        assertThat(BROWSER.bodyText()).contains("La séance « " + title + " » a été créée.");
        assertThat(BROWSER.heading()).isEqualTo("Séance");
        String attendancePage = BROWSER.path().replace("session.xhtml?id=", "attendance.xhtml?session=");

        // Session files: one that is not what its name says is refused in French; a PDF is added.
        BROWSER.field("Ajouter un fichier").sendKeys(UploadFiles.text("diaporama.pdf", "<html><body>Diaporama</body></html>").toString());
        BROWSER.click("Ajouter le fichier");
        assertThat(BROWSER.messageNextTo("Ajouter un fichier")).startsWith("Ce fichier n'est ni un PDF, ni une image JPEG ou PNG");
        assertThat(BROWSER.bodyText()).contains("Aucun fichier pour cette séance.");
        String handout = "consignes-" + MARKER + ".pdf";
        BROWSER.field("Ajouter un fichier").sendKeys(UploadFiles.pdf(handout).toString());
        BROWSER.click("Ajouter le fichier");
        assertThat(BROWSER.bodyText()).contains("Le fichier « " + handout + " » a été ajouté aux supports de la séance.");
        assertThat(BROWSER.driver().findElement(By.linkText(handout)).getAttribute("href")).contains("/module/material?id=");

        // Attendance: the whole cohort on one page, "all present", one absence, one save.
        BROWSER.click("Relever les présences");
        assertThat(BROWSER.heading()).isEqualTo("Présences");
        int rows = cohortSize(BROWSER.bodyText());
        assertThat(rows).isGreaterThanOrEqualTo(COHORT_SIZE);
        BROWSER.click("Tous présents");
        String absent = "VASSEUR" + MARKER.toUpperCase() + "02";
        mark(absent, "Absent·e");
        BROWSER.click("Enregistrer les présences");
        assertThat(BROWSER.bodyText()).contains(rows + " présence(s) enregistrée(s).")
                .contains((rows - 1) + " présent·e(s), 1 absent·e(s), 0 excusé·e(s)");

        // An administrator, from their home, may correct any trainer's grid: the absence was excused.
        logIn(DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
        assertThat(BROWSER.bodyText()).contains("Module interculturel : séances de tous les formateur·rices");
        BROWSER.click("Toutes les séances");
        assertThat(BROWSER.heading()).isEqualTo("Séances du module interculturel");
        assertThat(BROWSER.bodyText()).contains(title);
        BROWSER.open(attendancePage);
        assertThat(BROWSER.heading()).isEqualTo("Présences");
        mark(absent, "Excusé·e");
        BROWSER.click("Enregistrer les présences");
        assertThat(BROWSER.bodyText()).contains(rows + " présence(s) enregistrée(s).")
                .contains((rows - 1) + " présent·e(s), 0 absent·e(s), 1 excusé·e(s)");

        // A student writes an analysis; an empty one is refused in French first.
        String student = STUDENTS.get(0);
        logIn(student, STUDENT_PASSWORD);
        BROWSER.open("/student/module/index.xhtml");
        assertThat(BROWSER.bodyText()).contains("Module non terminé").contains("1 séance(s) suivie(s) sur 1")
                .contains("Supports des séances de ma cohorte").contains(title).contains(handout);

        // Without a validated analysis, the call that requires the module says why on its card and
        // offers no apply button.
        WebElement refused = callCard();
        assertThat(refused.getText())
                .contains("Module interculturel non terminé : il manque 1 analyse(s) d'incident critique validée(s).");
        assertThat(refused.findElements(By.xpath(".//button"))).isEmpty();

        BROWSER.open("/student/module/index.xhtml");
        BROWSER.click("Nouvelle analyse");
        BROWSER.click("Soumettre à un·e formateur·rice");
        assertThat(BROWSER.messageNextTo("La situation"))
                .isEqualTo("Votre analyse est vide : décrivez au moins la situation et donnez-lui un titre.");
        String incident = "Le repas pris debout " + MARKER;
        BROWSER.type("Titre", incident);
        BROWSER.type("La situation", "Pendant l'échange, nos invité·es mangeaient debout en discutant.");
        BROWSER.type("Les personnes en présence", "Les étudiantes de Gérone, notre groupe, la formatrice.");
        BROWSER.type("Ma réaction et mes émotions", "Surprise, puis gêne de rester assis.");
        BROWSER.type("Mon cadre de référence", "Le repas se prend assis, ensemble, à heure fixe.");
        BROWSER.type("Le cadre de référence supposé de l'autre", "Le repas est un moment mobile et convivial.");
        BROWSER.type("Ce qui a été négocié", "Nous avons alterné les deux manières de faire.");
        BROWSER.type("Ce que j'en retiens", "Mes habitudes de convivialité ne sont pas universelles.");
        BROWSER.click("Soumettre à un·e formateur·rice");
        assertThat(BROWSER.bodyText()).contains("Votre analyse a été soumise").contains("À relire");

        // The trainer of the campus validates it.
        logIn(DemoAccounts.TRAINER_MONTPELLIER, DemoAccounts.PASSWORD);
        BROWSER.open("/trainer/module/incidents.xhtml");
        BROWSER.click(incident);
        assertThat(BROWSER.heading()).isEqualTo("Relecture d'une analyse");
        BROWSER.type("Commentaire pour l'étudiant·e", "Analyse claire : les deux cadres sont bien distingués.");
        BROWSER.click("Valider l'analyse");
        assertThat(BROWSER.bodyText()).contains("a été validée.").contains("Validée");

        // The student's module is now completed.
        logIn(student, STUDENT_PASSWORD);
        BROWSER.open("/student/module/index.xhtml");
        assertThat(BROWSER.bodyText()).contains("Module terminé")
                .contains("Vous avez rempli les exigences du module interculturel.")
                .contains("1 analyse(s) validée(s) sur 1");

        // …and the call that requires the module now opens an application.
        applyToTheCall();
        BROWSER.waitForHeading("Ma candidature");
        assertThat(BROWSER.driver().findElement(By.id("status")).getText()).isEqualTo("Brouillon");
    }


    private static int cohortSize(String text) {
        Matcher m = Pattern.compile("(\\d+) étudiant·e\\(s\\) dans la cohorte").matcher(text);
        assertThat(m.find()).as("cohort size shown").isTrue();
        return Integer.parseInt(m.group(1));
    }
}
