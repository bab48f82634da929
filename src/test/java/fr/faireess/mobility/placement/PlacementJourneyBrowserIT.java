package fr.faireess.mobility.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import fr.faireess.mobility.support.Browser;
import fr.faireess.mobility.support.DemoAccounts;
import fr.faireess.mobility.support.DemoDates;
import fr.faireess.mobility.support.RunningApp;
import fr.faireess.mobility.support.TestMailServer;
import fr.faireess.mobility.support.WebClient;
import fr.faireess.mobility.support.TestLanes;

/**
 * The placement journey in headless Chromium, on a selected demo application that has no placement:
 * the coordinator creates the placement (a 45-day period is refused first) and fills in the Learning
 * Agreement; the student signs; the coordinator signs and sends the mentor's link; the mentor (in
 * Porto: Portuguese) reads the agreement and signs through the link read from the mail, which then no
 * longer works; the PDF names the three signers.
 */
@ResourceLock(TestLanes.RUNNING_APP)
class PlacementJourneyBrowserIT {

    private static final RunningApp APP = RunningApp.get();
    private static final TestMailServer MAIL = TestMailServer.get();
    private static final String STUDENT = "samuel.perez@etudiant.faire-ess.fr";
    private static final String MENTOR = "a.sousa@casa-ribeira.example.org";
    /** Samuel's selected file to the demo's main call, as the server's demo names it. */
    private static final String APPLICATION = "PEREZ Samuel — " + APP.demoDates().label(DemoDates.MAIN_CALL);
    private static final DateTimeFormatter FRENCH_DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

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

    private static void typeDate(String picker, LocalDate date) {
        ((JavascriptExecutor) BROWSER.driver()).executeScript(
                "PF(arguments[0] + 'Picker').setDate(new Date(arguments[1], arguments[2] - 1, arguments[3]));",
                picker, date.getYear(), date.getMonthValue(), date.getDayOfMonth());
        BROWSER.driver().findElement(By.tagName("h1")).click();
    }

    private static String status() {
        return BROWSER.driver().findElement(By.id("status")).getText();
    }

    @Test
    void theCoordinatorCreatesThePlacementAndTheThreePartiesSignTheLearningAgreement() throws Exception {
        // The coordinator creates the placement from Samuel's selected application.
        logInAs(DemoAccounts.COORDINATOR_PERPIGNAN);
        BROWSER.open("/coordinator/placements/new.xhtml");
        BROWSER.choose("Candidature sélectionnée", APPLICATION);
        BROWSER.choose("Structure d'accueil", "Associação Casa da Ribeira — Porto (PT)");
        BROWSER.type("Service", "Accueil de jour");
        // The mentor list holds the chosen host's mentors only.
        BROWSER.waitForAjax();
        assertThat(BROWSER.driver().findElements(By.cssSelector("[id$='mentor_input'] option")))
                .extracting(e -> e.getAttribute("textContent"))
                .containsExactly("— Choisir un·e tuteur·rice —", "Ana Sousa — Psychologue, tutrice");
        BROWSER.choose("Tuteur·rice", "Ana Sousa — Psychologue, tutrice");
        BROWSER.choose("Référent·e pédagogique", "Marta Puig");
        BROWSER.choose("Langue de travail", "Portugais");
        // A stay starting on the first of the month after next (by the server's clock): to the 15th of
        // the following month is 45 days as the EU counts them (30-day months), whatever the months.
        LocalDate start = APP.today().plusMonths(2).withDayOfMonth(1);
        typeDate("plannedStart", start);
        typeDate("plannedEnd", start.plusMonths(1).withDayOfMonth(15));
        BROWSER.click("Créer le stage");
        assertThat(BROWSER.messageNextTo("Fin prévue")).isEqualTo("Période de 45 jours : un stage Erasmus+ dure au moins 60 jours.");

        typeDate("plannedEnd", start.plusMonths(4).minusDays(1));
        BROWSER.click("Créer le stage");
        BROWSER.waitForHeading("Stage");
        assertThat(status()).isEqualTo("Proposé");
        String placementPath = BROWSER.path();

        // Nobody signed yet: the coordinator corrects the department in place.
        BROWSER.click("Modifier le stage");
        BROWSER.waitForHeading("Modifier le stage");
        BROWSER.type("Service", "Accueil de jour des familles");
        BROWSER.click("Enregistrer les modifications");
        BROWSER.waitForHeading("Stage");
        assertThat(BROWSER.bodyText()).contains("Le stage est modifié.").contains("Accueil de jour des familles");
        BROWSER.click("Historique");
        assertThat(BROWSER.path()).contains("tab=history");
        assertThat(BROWSER.driver().findElement(By.id("timeline")).getText())
                .contains("Service : Accueil de jour → Accueil de jour des familles");

        // …and fills in the Learning Agreement, on its tab, which the header's next step leads to.
        assertThat(BROWSER.driver().findElement(By.cssSelector("nav.tabs a[aria-current=page]")).getText()).isEqualTo("Historique");
        BROWSER.click("compléter le contrat pédagogique (intitulé, programme, reconnaissance)");
        assertThat(BROWSER.driver().findElement(By.cssSelector("nav.tabs a[aria-current=page]")).getText())
                .isEqualTo("Contrat pédagogique (prochaine étape)");
        BROWSER.type("Intitulé du stage", "Travailleur social stagiaire en accueil de jour");
        BROWSER.type("Programme détaillé", "Accueil et accompagnement des familles du quartier de Ribeira.");
        BROWSER.choose("Reconnaissance", "Stage volontaire (supplément au diplôme)");
        BROWSER.click("Enregistrer le contrat");
        assertThat(BROWSER.bodyText()).contains("Le contrat pédagogique est enregistré.");
        assertThat(BROWSER.path()).as("back on the agreement's tab").contains("tab=agreement");
        assertThat(BROWSER.driver().findElement(By.cssSelector("nav.tabs a[aria-current=page]")).getText())
                .startsWith("Contrat pédagogique");

        // The student signs it.
        logInAs(STUDENT);
        BROWSER.open("/student/placements/list.xhtml");
        BROWSER.click("Voir le stage");
        assertThat(BROWSER.bodyText()).contains("Contrat pédagogique signé par les trois parties").contains("À faire");
        BROWSER.click("Signer le contrat");
        assertThat(BROWSER.bodyText()).contains("Votre signature est enregistrée.").contains("Stagiaire : Samuel Perez, le");

        // The coordinator signs and sends the mentor's link; with a signature, the placement is no longer corrected in place.
        logInAs(DemoAccounts.COORDINATOR_PERPIGNAN);
        BROWSER.open(placementPath);
        assertThat(BROWSER.driver().findElements(By.linkText("Modifier le stage"))).isEmpty();
        BROWSER.click("Contrat pédagogique (prochaine étape)");
        BROWSER.click("Signer pour l'école");
        assertThat(BROWSER.bodyText()).contains("École d'envoi : Nadia Benali, le");
        BROWSER.click("Envoyer le lien de signature");
        assertThat(BROWSER.bodyText()).contains("Le lien de signature est envoyé à " + MENTOR + ".");

        // The mentor (Porto: Portuguese) signs through the link in the mail, without an account, after reading
        // the agreement on the page (and as a PDF); "signed" shows only then; the link then no longer works.
        String body = MAIL.waitFor(MENTOR, m -> m.subject().equals("Acordo de Aprendizagem de Samuel Perez para assinar (versão 1)")).body();
        assertThat(body).startsWith("Caro/a Ana Sousa,");
        Matcher link = Pattern.compile("http://\\S+/agreement/sign\\.xhtml\\?token=[A-Za-z0-9_-]+").matcher(body);
        assertThat(link.find()).as(body).isTrue();
        String signPath = link.group().substring(APP.baseUrl().length());
        BROWSER.driver().manage().deleteAllCookies();
        BROWSER.open(signPath);
        assertThat(BROWSER.heading()).isEqualTo("Assinatura do Acordo de Aprendizagem");
        String document = BROWSER.driver().findElement(By.id("document")).getText();
        assertThat(document).contains("Samuel Perez").contains("Travailleur social stagiaire en accueil de jour")
                .contains("Organização de acolhimento: Ainda não assinado").doesNotContain("Assinado");
        String mentorPdf = BROWSER.driver().findElement(By.partialLinkText("Acordo de Aprendizagem (PDF)")).getAttribute("href");
        assertThat(new WebClient(APP).download(mentorPdf.substring(APP.baseUrl().length())).contentType()).startsWith("application/pdf");
        BROWSER.type("O seu nome", "Ana Sousa");
        BROWSER.click("Assino o Acordo de Aprendizagem");
        assertThat(BROWSER.bodyText()).contains("Obrigado, a sua assinatura foi registada.");
        assertThat(BROWSER.driver().findElement(By.id("document")).getText()).contains("Assinado")
                .contains("Organização de acolhimento: Ana Sousa, em");
        assertThat(BROWSER.driver().findElements(By.id("sign"))).as("no second signature").isEmpty();
        assertThat(new WebClient(APP).download(mentorPdf.substring(APP.baseUrl().length())).status())
                .as("a spent link opens nothing, the PDF neither").isEqualTo(404);
        BROWSER.open(signPath);
        assertThat(BROWSER.bodyText()).contains("Esta ligação não é válida");

        // The student sees the agreement signed by all and downloads the PDF, which names the three signers.
        logInAs(STUDENT);
        BROWSER.open(placementPath.replace("/coordinator/", "/student/"));
        assertThat(BROWSER.bodyText()).contains("Structure d'accueil : Ana Sousa, le");
        assertThat(BROWSER.driver().findElement(By.id("timeline")).getText())
                .as("the history says who signed, in words").contains("version 1 — stagiaire : Samuel Perez")
                .contains("version 1 — structure d'accueil, par lien personnel : Ana Sousa").doesNotContain("MENTOR_LINK");
        String pdfHref = BROWSER.driver().findElement(By.partialLinkText("Contrat pédagogique (PDF)")).getAttribute("href");
        WebClient web = new WebClient(APP);
        web.login(STUDENT, DemoAccounts.PASSWORD);
        WebClient.Page pdf = web.get(pdfHref.substring(APP.baseUrl().length()));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).startsWith("application/pdf");
        byte[] bytes = HttpClient.newBuilder().cookieHandler(web.cookies()).build()
                .send(HttpRequest.newBuilder(URI.create(pdfHref)).GET().build(), HttpResponse.BodyHandlers.ofByteArray()).body();
        PdfReader reader = new PdfReader(bytes);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
        }
        String today = FRENCH_DAY.format(APP.today());   // the day the server signed on, by its clock
        // The signatures' table: each signer's name on a row with the day they signed.
        assertThat(text.toString()).containsPattern("(?s)Samuel Perez.{0,120}" + today)
                .containsPattern("(?s)Nadia Benali.{0,120}" + today).containsPattern("(?s)Ana Sousa.{0,120}" + today);
    }
}
