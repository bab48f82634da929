package fr.faireess.mobility.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import fr.faireess.mobility.module.AcademicYears;
import fr.faireess.mobility.support.Browser;
import fr.faireess.mobility.support.DemoAccounts;
import fr.faireess.mobility.support.PasswordLinks;
import fr.faireess.mobility.support.RunningApp;
import fr.faireess.mobility.support.UploadFiles;
import fr.faireess.mobility.support.WebClient;
import fr.faireess.mobility.support.WebClient.Page;
import fr.faireess.mobility.support.TestLanes;

/**
 * Submitting after the deadline, in headless Chromium: a student has her complete file open while the
 * coordinator closes the call; her click on "submit" is refused with a French message next to the
 * deadline, and nothing she typed in that last attempt is kept. Independent of the demo calls' dates:
 * the student (Perpignan, EJE, year 1) and her call are created for the test through the
 * administrator's and the coordinator's pages.
 */
@ResourceLock(TestLanes.RUNNING_APP)
class ApplicationDeadlineBrowserIT {

    private static final RunningApp APP = RunningApp.get();
    private static final String MARKER = UUID.randomUUID().toString().substring(0, 6);
    private static final String STUDENT = "eje1." + MARKER + "@etudiant.faire-ess.fr";
    private static final String STUDENT_PASSWORD = "un-mot-de-passe-solide";
    private static final String CALL = "Stages EJE 1re année, appel éclair " + MARKER;
    private static final String MOTIVATION = "Je souhaite découvrir l'accueil du jeune enfant en Belgique, comparer les "
            + "pratiques des crèches avec celles de mon stage actuel et travailler en français dans un autre cadre "
            + "institutionnel, auprès d'équipes qui accueillent des familles venues de nombreux pays.";

    private static final WebClient COORDINATOR = new WebClient(APP);
    private static String callEditPath;

    @RegisterExtension
    static final Browser BROWSER = new Browser(APP);

    @BeforeAll
    static void aStudentAndACallOpenToHer() {
        WebClient admin = new WebClient(APP);
        assertThat(admin.login(DemoAccounts.ADMIN, DemoAccounts.PASSWORD).isRedirect()).isTrue();
        Map<String, String> account = new LinkedHashMap<>();
        account.put("email", STUDENT);
        account.put("firstName", "Maëlle");
        account.put("lastName", "Zeller" + MARKER);
        account.put("roles", "STUDENT");
        account.put("campus_input", "PERPIGNAN");
        account.put("programme_input", "EJE");
        account.put("studyYear_input", "1");
        assertThat(admin.submit(admin.get("/admin/accounts/edit.xhtml"), "account", account, "save").isRedirect())
                .as("student created").isTrue();
        PasswordLinks.choose(APP, STUDENT, STUDENT_PASSWORD);

        assertThat(COORDINATOR.login(DemoAccounts.COORDINATOR_PERPIGNAN, DemoAccounts.PASSWORD).isRedirect()).isTrue();
        DateTimeFormatter minute = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
        LocalDate today = APP.today();   // the server's, which MOBILITY_CLOCK_OFFSET may move
        Map<String, String> call = new LinkedHashMap<>();
        call.put("title", CALL);
        call.put("academicYear_input", AcademicYears.of(today));
        call.put("opensAt_input", today.minusDays(1).atTime(8, 0).format(minute));
        call.put("closesAt_input", today.plusDays(20).atTime(23, 0).format(minute));
        call.put("places_input", "2");
        call.put("places_hinput", "2");
        call.put("campuses", "PERPIGNAN");
        call.put("programmes", "EJE");
        call.put("studyYears", "1");
        Page created = COORDINATOR.submit(COORDINATOR.get("/coordinator/calls/edit.xhtml"), "call", call, "save");
        assertThat(created.isRedirect()).as("call created").isTrue();
        callEditPath = created.redirectPath();
    }

    @AfterAll
    static void closeBrowser() {
        BROWSER.close();
    }

    /** Picks a date through the PrimeFaces date picker's own API ("startOn" or "endOn"). */
    private static void pickDate(String picker, LocalDate date) {
        ((JavascriptExecutor) BROWSER.driver()).executeScript(
                "PF(arguments[0] + 'Picker').setDate(new Date(arguments[1], arguments[2] - 1, arguments[3]));",
                picker, date.getYear(), date.getMonthValue(), date.getDayOfMonth());
        BROWSER.driver().findElement(By.tagName("h1")).click();   // closes any calendar pop-up
    }

    private static String status() {
        return BROWSER.driver().findElement(By.id("status")).getText();
    }

    @Test
    void aSubmissionAfterTheCallClosedIsRefusedNextToTheDeadlineAndKeepsNothing() {
        // The student starts her file and saves a complete draft while the call is open.
        BROWSER.driver().manage().deleteAllCookies();
        BROWSER.open("/login.xhtml");
        BROWSER.type("Adresse e-mail", STUDENT);
        BROWSER.type("Mot de passe", STUDENT_PASSWORD);
        BROWSER.click("Se connecter");
        BROWSER.open("/student/calls.xhtml");
        BROWSER.driver().findElement(By.xpath("//article[contains(@class,'call-card')][.//h3[normalize-space(.)='"
                + CALL + "']]//button")).click();
        BROWSER.waitForHeading("Ma candidature");
        assertThat(BROWSER.field("Date limite de dépôt").getText()).isNotBlank();

        LocalDate start = APP.today().plusMonths(3).withDayOfMonth(1);
        BROWSER.choose("Structure de l'annuaire", "Casal d'Infants del Raval — Barcelona (ES)");
        pickDate("startOn", start);
        pickDate("endOn", start.plusDays(89));
        BROWSER.choose("Langue de travail", "Espagnol");
        BROWSER.choose("Niveau (CECRL)", "B2");
        BROWSER.type("Motivation", MOTIVATION);
        BROWSER.field("CV").sendKeys(UploadFiles.pdf("cv-maelle.pdf").toString());
        BROWSER.field("Lettre de motivation").sendKeys(UploadFiles.pdf("lettre-maelle.pdf").toString());
        BROWSER.click("Enregistrer le brouillon");
        assertThat(BROWSER.bodyText()).contains("Votre brouillon est enregistré.");
        String fileUrl = BROWSER.path();

        // The student edits her motivation with the page open; meanwhile the coordinator closes the call.
        BROWSER.type("Motivation", MOTIVATION + " Dernière phrase ajoutée juste avant la clôture.");
        Page edit = COORDINATOR.get(callEditPath);
        assertThat(COORDINATOR.submit(edit, "call", Map.of(), "close").status()).isLessThan(400);
        assertThat(COORDINATOR.get(callEditPath).document().getElementById("call:close"))
                .as("the call is closed: its close button is gone").isNull();

        // Her submission is refused next to the deadline, in French, and her file stays as saved.
        BROWSER.click("Déposer ma candidature");
        assertThat(BROWSER.messageNextTo("Date limite de dépôt"))
                .isEqualTo("L'appel est clôturé : la candidature ne peut plus être déposée.");
        BROWSER.open(fileUrl);
        assertThat(status()).isEqualTo("Brouillon");
        assertThat(BROWSER.field("Motivation").getAttribute("value")).isEqualTo(MOTIVATION);
        assertThat(BROWSER.driver().findElement(By.id("nextStep")).getText())
                .startsWith("L'appel a été clôturé le ").contains("ce dossier ne peut plus être déposé");
        assertThat(BROWSER.bodyText()).contains("Appel clôturé");
        assertThat(BROWSER.driver().findElement(By.id("file:submit")).isEnabled())
                .as("a fresh page no longer offers to submit").isFalse();

        // Her home page says the same.
        BROWSER.open("/student/index.xhtml");
        assertThat(BROWSER.bodyText()).contains(CALL).contains("ce dossier ne peut plus être déposé");
    }
}
