package fr.faireess.mobility.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import fr.faireess.mobility.support.Browser;
import fr.faireess.mobility.support.DemoAccounts;
import fr.faireess.mobility.support.DemoDates;
import fr.faireess.mobility.support.RunningApp;
import fr.faireess.mobility.support.UploadFiles;
import fr.faireess.mobility.support.TestMailServer;
import fr.faireess.mobility.support.TestLanes;

/**
 * The application journey in headless Chromium, with the demo data's open call: a student creates,
 * saves and submits; the coordinator asks for changes; the student corrects and resubmits; the
 * coordinator selects; the student sees it.
 */
@ResourceLock(TestLanes.RUNNING_APP)
class ApplicationJourneyBrowserIT {

    private static final RunningApp APP = RunningApp.get();
    /** The demo's main call, as the server's demo names it. */
    private static final String CALL = APP.demoDates().label(DemoDates.MAIN_CALL);
    private static final String MOTIVATION = "Je souhaite découvrir la protection de l'enfance en Catalogne, "
            + "travailler en espagnol et en catalan, et comparer les pratiques éducatives avec mon stage actuel. "
            + "Ce stage s'inscrit dans mon projet professionnel auprès des adolescents accueillis en foyer.";

    private static final TestMailServer MAIL = TestMailServer.get();

    @RegisterExtension
    static final Browser BROWSER = new Browser(APP);

    @AfterAll
    static void closeBrowser() {
        BROWSER.close();
    }

    private static void logInAs(String email) {
        BROWSER.driver().manage().deleteAllCookies();
        BROWSER.open("/login.xhtml");
        BROWSER.type("Adresse e-mail", email);
        BROWSER.type("Mot de passe", DemoAccounts.PASSWORD);
        BROWSER.click("Se connecter");
    }

    /** A file of {@code size} bytes (at least its head) starting with {@code head}; with {@code pdfEnd}, ending as a PDF does. */
    private static Path file(String name, String head, int size, boolean pdfEnd) {
        byte[] start = head.getBytes(StandardCharsets.ISO_8859_1);
        byte[] end = (pdfEnd ? "\n%%EOF\n" : "").getBytes(StandardCharsets.ISO_8859_1);
        byte[] bytes = new byte[Math.max(size, start.length + end.length)];
        java.util.Arrays.fill(bytes, (byte) ' ');
        System.arraycopy(start, 0, bytes, 0, start.length);
        System.arraycopy(end, 0, bytes, bytes.length - end.length, end.length);
        return UploadFiles.write(name, bytes);
    }

    /** Picks a date through the PrimeFaces date picker's own API ("startOn" or "endOn"). */
    private static void typeDate(String picker, LocalDate date) {
        ((JavascriptExecutor) BROWSER.driver()).executeScript(
                "PF(arguments[0] + 'Picker').setDate(new Date(arguments[1], arguments[2] - 1, arguments[3]));",
                picker, date.getYear(), date.getMonthValue(), date.getDayOfMonth());
        BROWSER.driver().findElement(By.tagName("h1")).click();   // closes any calendar pop-up
    }

    private static String status() {
        return BROWSER.driver().findElement(By.id("status")).getText();
    }

    @Test
    void aStudentAppliesTheCoordinatorAsksForChangesThenSelects() {
        // The student applies to the open call from her home page.
        logInAs(DemoAccounts.STUDENT_ASS_PERPIGNAN);
        WebElement call = BROWSER.driver().findElement(By.xpath(
                "//article[contains(@class,'call-card')][.//h3[normalize-space(.)='" + CALL + "']]"));
        call.findElement(By.xpath(".//button")).click();
        BROWSER.waitForHeading("Ma candidature");
        assertThat(status()).isEqualTo("Brouillon");

        // An end before the start, then a 45-day period: refused next to the end date, and nothing else is lost.
        // Her stay starts on the first of a month three months ahead (by the server's clock); to the 15th
        // of the next month is 45 days as the EU counts them (30-day months), whatever the months.
        LocalDate start = APP.today().plusMonths(3).withDayOfMonth(1);
        BROWSER.choose("Structure de l'annuaire", "Casal d'Infants del Raval — Barcelona (ES)");
        typeDate("startOn", start);
        typeDate("endOn", start.minusDays(14));
        BROWSER.click("Enregistrer le brouillon");
        assertThat(BROWSER.messageNextTo("Fin")).isEqualTo("La fin doit être postérieure au début.");
        typeDate("endOn", start.plusMonths(1).withDayOfMonth(15));
        BROWSER.click("Enregistrer le brouillon");
        assertThat(BROWSER.messageNextTo("Fin")).isEqualTo("Période de 45 jours : un stage Erasmus+ dure au moins 60 jours.");

        typeDate("endOn", start.plusMonths(3).minusDays(1));
        BROWSER.choose("Langue de travail", "Espagnol");
        BROWSER.choose("Niveau (CECRL)", "B1");
        BROWSER.click("Enregistrer le brouillon");
        assertThat(BROWSER.bodyText()).contains("Votre brouillon est enregistré.");
        String draftUrl = BROWSER.path();

        // A Word file renamed .pdf, then a 6 MB PDF: each refused next to its field, and nothing of
        // that save is kept (neither the file nor the motivation typed with it).
        BROWSER.type("Motivation", "Texte tapé avec un faux PDF.");
        BROWSER.field("CV").sendKeys(file("cv-word.pdf", "PK\u0003\u0004word/document.xml", 0, false).toString());
        BROWSER.click("Enregistrer le brouillon");
        assertThat(BROWSER.messageNextTo("CV"))
                .isEqualTo("Ce fichier n'est pas un PDF valide (son contenu a été vérifié, pas seulement son nom).");
        BROWSER.field("Lettre de motivation").sendKeys(file("lettre-lourde.pdf", "%PDF-1.4\n", 6 * 1024 * 1024, true).toString());
        BROWSER.click("Enregistrer le brouillon");
        assertThat(BROWSER.messageNextTo("Lettre de motivation")).isEqualTo("Ce fichier dépasse 5 Mo.");
        BROWSER.open(draftUrl);
        assertThat(status()).isEqualTo("Brouillon");
        assertThat(BROWSER.driver().findElement(By.id("file:cvCurrent")).getText()).isEqualTo("Aucun fichier déposé.");
        assertThat(BROWSER.driver().findElement(By.id("file:letterCurrent")).getText()).isEqualTo("Aucun fichier déposé.");
        assertThat(BROWSER.field("Motivation").getAttribute("value")).isEmpty();

        // Submitting an incomplete file says what is missing, next to the field.
        BROWSER.click("Déposer ma candidature");
        assertThat(BROWSER.messageNextTo("Motivation")).startsWith("Votre motivation doit faire au moins 200 caractères");
        assertThat(BROWSER.messageNextTo("CV")).as("every missing field at once").isEqualTo("Déposez votre CV (PDF) avant de soumettre.");
        assertThat(BROWSER.messageNextTo("Lettre de motivation")).isEqualTo("Déposez votre lettre de motivation (PDF) avant de soumettre.");
        assertThat(BROWSER.messageNextTo("Fin")).as("a filled field has no message").isEmpty();

        BROWSER.type("Motivation", MOTIVATION);
        BROWSER.field("CV").sendKeys(UploadFiles.pdf("cv-lea.pdf").toString());
        BROWSER.field("Lettre de motivation").sendKeys(UploadFiles.pdf("lettre-lea.pdf").toString());
        BROWSER.click("Déposer ma candidature");
        assertThat(BROWSER.bodyText()).contains("Votre candidature est déposée.");
        assertThat(status()).isEqualTo("Déposée");
        String fileUrl = BROWSER.path();

        // The coordinator finds the file among the submitted ones and asks for a change.
        logInAs(DemoAccounts.COORDINATOR_PERPIGNAN);
        BROWSER.open("/coordinator/applications/list.xhtml?status=SUBMITTED&sort=NAME");
        // Exporting the ticked files with nothing ticked gives no file, and says why.
        BROWSER.click("Exporter les dossiers cochés (CSV)");
        assertThat(BROWSER.bodyText()).contains("Aucun dossier coché : cochez dans la liste les dossiers à exporter.");
        BROWSER.click("VIDAL Léa");
        assertThat(BROWSER.heading()).isEqualTo("Dossier de candidature");
        assertThat(BROWSER.bodyText()).contains("Casal d'Infants del Raval").contains("cv-lea.pdf");
        BROWSER.click("Demander des modifications");
        assertThat(BROWSER.messageNextTo("Message à l'étudiant·e")).isEqualTo("Écrivez à l'étudiant·e ce qui doit être modifié.");
        // An earlier end, still more than 60 days after the start.
        LocalDate earlierEnd = start.plusMonths(2).plusDays(14);
        String request = "Votre stage doit se terminer le " + DateTimeFormatter.ofPattern("d MMMM", Locale.FRENCH).format(earlierEnd)
                + " au plus tard pour la soutenance.";
        BROWSER.type("Message à l'étudiant·e", request);
        BROWSER.click("Demander des modifications");
        assertThat(status()).isEqualTo("Modifications demandées");
        assertThat(MAIL.waitFor(DemoAccounts.STUDENT_ASS_PERPIGNAN, m -> m.subject().startsWith("Modifications demandées")).body())
                .contains(request).contains(CALL);

        // The student reads the request, corrects the end date and submits again.
        logInAs(DemoAccounts.STUDENT_ASS_PERPIGNAN);
        BROWSER.open(fileUrl);
        assertThat(status()).isEqualTo("Modifications demandées");
        assertThat(BROWSER.bodyText()).contains(request);
        typeDate("endOn", earlierEnd);
        BROWSER.click("Déposer ma candidature");
        assertThat(status()).isEqualTo("Déposée");

        // The coordinator selects her.
        logInAs(DemoAccounts.COORDINATOR_PERPIGNAN);
        BROWSER.open("/coordinator/applications/list.xhtml?status=SUBMITTED&sort=NAME");
        BROWSER.click("VIDAL Léa");
        BROWSER.click("Sélectionner");
        assertThat(status()).isEqualTo("Sélectionnée");

        // The student sees the new status, the next step and the history.
        logInAs(DemoAccounts.STUDENT_ASS_PERPIGNAN);
        assertThat(BROWSER.bodyText()).contains("Sélectionnée").contains("Vous êtes sélectionné·e !");
        BROWSER.open(fileUrl);
        assertThat(status()).isEqualTo("Sélectionnée");
        assertThat(BROWSER.driver().findElement(By.id("timeline")).getText())
                .contains("Modifications demandées").contains("Sélectionnée")
                .contains("par Nadia Benali").doesNotContain("@irts-perpignan.fr");

        // …and the e-mail about it arrived, in French.
        TestMailServer.Received mail = MAIL.waitFor(DemoAccounts.STUDENT_ASS_PERPIGNAN,
                m -> m.subject().equals("Vous êtes sélectionné·e — " + CALL));
        assertThat(mail.body()).startsWith("Bonjour Léa,").contains("votre candidature à l'appel « " + CALL + " » est retenue");
    }
}
