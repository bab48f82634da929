package fr.faireess.mobility.testimony;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import fr.faireess.mobility.support.Browser;
import fr.faireess.mobility.support.DemoAccounts;
import fr.faireess.mobility.support.RunningApp;
import fr.faireess.mobility.support.TestFiles;
import fr.faireess.mobility.support.TestMailServer;
import fr.faireess.mobility.support.TestLanes;

/**
 * The testimony journey in headless Chromium, with the demo data: a student on placement in
 * Brussels submits a film with a YouTube link (a {@code javascript:} link, a disguised file and a
 * file over 20 MB are refused in French first, and nothing is saved) and consents to its publication; the coordinator, e-mailed about it and
 * reminded on her home, approves and publishes it; the student is e-mailed each decision; an
 * anonymous visitor finds it on the showcase with the privacy-enhanced player.
 */
@ResourceLock(TestLanes.RUNNING_APP)
class TestimonyJourneyBrowserIT {

    private static final RunningApp APP = RunningApp.get();
    private static final TestMailServer MAIL = TestMailServer.get();
    /** Selected for the spring 2026 call, in Lisbon since March (db/demo/V4). */
    private static final String STUDENT = "camille.roussel@etudiant.faire-ess.fr";   // her placement is in progress (demo V5)

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

    private static String status() {
        return BROWSER.driver().findElement(By.id("status")).getText();
    }

    /** A web page saved under a name that claims a PDF. */
    private static Path disguisedFile() throws IOException {
        Path dir = Files.createDirectories(Path.of(System.getProperty("it.work.dir", "target/it"), "uploads"));
        Path file = dir.resolve("affiche-du-film.pdf");
        Files.writeString(file, "<html><body><script>alert(1)</script></body></html>", StandardCharsets.UTF_8);
        return file.toAbsolutePath();
    }

    /** A real PDF one byte over the limit. */
    private static Path oversizePdf() throws IOException {
        Path dir = Files.createDirectories(Path.of(System.getProperty("it.work.dir", "target/it"), "uploads"));
        Path file = dir.resolve("making-of.pdf");
        if (!Files.exists(file)) {
            Files.write(file, TestFiles.pdf(FileRule.MAX_BYTES + 1));
        }
        return file.toAbsolutePath();
    }

    @Test
    void aStudentSubmitsAFilmTheCoordinatorPublishesItAndAnyoneSeesThePlayer() throws IOException {
        String title = "Liège, la nuit des éducateurs " + UUID.randomUUID().toString().substring(0, 6);

        // The student writes about her mobility and submits it with a YouTube link.
        logInAs(STUDENT);
        BROWSER.open("/student/testimonies/list.xhtml");
        BROWSER.click("Nouveau témoignage");
        BROWSER.waitForHeading("Mon témoignage");
        BROWSER.choose("Type", "Film");
        BROWSER.type("Titre", title);
        BROWSER.type("Résumé", "Une nuit de maraude avec une équipe d'éducateurs de rue, à Liège.");
        BROWSER.choose("Langue", "Portugais");
        BROWSER.type("Lien", "javascript:alert(1)");
        BROWSER.click("Soumettre à la coordination");
        assertThat(BROWSER.messageNextTo("Lien")).isEqualTo("Seules les adresses web commençant par http:// ou https:// sont acceptées.");
        BROWSER.type("Lien", "https://www.youtube.com/watch?v=aBcDeFgHiJk");
        BROWSER.field("Fichier").sendKeys(disguisedFile().toString());
        BROWSER.click("Soumettre à la coordination");
        assertThat(BROWSER.messageNextTo("Fichier")).isEqualTo("Ce fichier n'est ni un PDF, ni une image JPEG ou PNG.");
        BROWSER.field("Fichier").sendKeys(oversizePdf().toString());
        BROWSER.click("Soumettre à la coordination");
        assertThat(BROWSER.messageNextTo("Fichier")).isEqualTo("Le fichier dépasse 20 Mo.");
        assertThat(BROWSER.field("Titre").getAttribute("value")).isEqualTo(title);
        BROWSER.click("Soumettre à la coordination");
        assertThat(BROWSER.bodyText()).contains("Votre témoignage est soumis à la coordination.");
        assertThat(status()).isEqualTo("Soumis");
        assertThat(BROWSER.driver().findElements(By.id("download"))).as("the disguised file was not kept").isEmpty();

        // The coordinators of her campus are e-mailed.
        TestMailServer.Received toReview = MAIL.waitFor(DemoAccounts.COORDINATOR_PERPIGNAN,
                m -> m.subject().equals("Témoignage à relire — " + title));
        assertThat(toReview.body()).startsWith("Bonjour Nadia,").contains("Camille Roussel a soumis le témoignage « " + title + " »")
                .contains(APP.baseUrl() + "/coordinator/testimonies/view.xhtml?id=");

        // She consents to its publication (web, five years: the form's defaults).
        BROWSER.click("Je donne mon accord");
        assertThat(BROWSER.bodyText()).contains("Votre accord est enregistré.");
        assertThat(BROWSER.driver().findElement(By.id("consentState")).getText()).startsWith("Accord donné le");

        // The coordinator approves and publishes it.
        logInAs(DemoAccounts.COORDINATOR_PERPIGNAN);
        BROWSER.open("/coordinator/index.xhtml");
        assertThat(BROWSER.driver().findElement(By.id("testimonyHome")).getText()).contains("Témoignages soumis à relire :");
        BROWSER.open("/coordinator/testimonies/list.xhtml?status=SUBMITTED");
        BROWSER.click(title);
        BROWSER.waitForHeading("Témoignage");
        BROWSER.click("Approuver");
        assertThat(status()).isEqualTo("Approuvé");
        BROWSER.click("Publier");
        assertThat(BROWSER.bodyText()).contains("Le témoignage est publié.");
        assertThat(status()).isEqualTo("Publié");

        // Camille is e-mailed, in French, at each decision; the publication mail links to the showcase.
        MAIL.waitFor(STUDENT, m -> m.subject().equals("Témoignage approuvé — " + title));
        TestMailServer.Received published = MAIL.waitFor(STUDENT, m -> m.subject().equals("Témoignage publié — " + title));
        assertThat(published.body()).startsWith("Bonjour Camille,").contains(APP.baseUrl() + "/showcase/testimony.xhtml?id=");

        // Anyone finds it on the showcase, with the privacy-enhanced YouTube player.
        BROWSER.driver().manage().deleteAllCookies();
        BROWSER.open("/showcase/index.xhtml?type=FILM&country=BE");
        BROWSER.click(title);
        assertThat(BROWSER.driver().findElement(By.id("testimonyTitle")).getText()).isEqualTo(title);
        WebElement player = BROWSER.driver().findElement(By.id("player"));
        assertThat(player.getTagName()).isEqualTo("iframe");
        assertThat(player.getAttribute("src")).isEqualTo("https://www.youtube-nocookie.com/embed/aBcDeFgHiJk");
        assertThat(BROWSER.driver().findElement(By.id("externalLink")).getAttribute("rel")).isEqualTo("noopener noreferrer");
        assertThat(BROWSER.driver().findElement(By.id("authors")).getText()).isEqualTo("Camille R.");
    }
}
