package fr.faireess.mobility.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import fr.faireess.mobility.support.DemoAccounts;
import fr.faireess.mobility.support.RunningApp;
import fr.faireess.mobility.support.WebClient;
import fr.faireess.mobility.support.WebClient.Page;

/**
 * Over HTTP against the running application with its demo data: a student reaches only their own
 * files and documents, whatever URL or parameter they try.
 */
class ApplicationsHttpIT {

    /** A demo student whose application to the open call is submitted (db/demo/V4). */
    static final String NOAH = "noah.rey@etudiant.faire-ess.fr";

    private final RunningApp app = RunningApp.get();

    private record FileLinks(String filePath, String documentPath) {
    }

    private FileLinks noahsFile() {
        WebClient noah = new WebClient(app);
        noah.login(NOAH, DemoAccounts.PASSWORD);
        Page list = noah.get("/student/applications/list.xhtml");
        Element link = list.document().selectFirst("ul.my-applications a[href*=file.xhtml]");
        assertThat(link).as("Noah's application link").isNotNull();
        String filePath = link.attr("href");
        Page file = noah.get(filePath);
        assertThat(file.status()).isEqualTo(200);
        Element document = file.document().selectFirst("ul.documents a[href*=/student/document]");
        assertThat(document).as("Noah's CV link").isNotNull();
        assertThat(noah.get(document.attr("href")).header("Content-Type")).startsWith("application/pdf");
        return new FileLinks(filePath, document.attr("href"));
    }

    @Test
    void anotherStudentGetsNotFoundForTheFileAndTheDocument() {
        FileLinks links = noahsFile();
        WebClient lea = new WebClient(app);
        lea.login(DemoAccounts.STUDENT_ASS_PERPIGNAN, DemoAccounts.PASSWORD);

        Page file = lea.follow(links.filePath());
        assertThat(file.title()).isEqualTo("Page introuvable");
        assertThat(file.body()).doesNotContain("Noah");
        Page document = lea.get(links.documentPath());
        assertThat(document.status()).isEqualTo(404);
        assertThat(document.header("Content-Type")).doesNotStartWith("application/pdf");
    }

    @Test
    void aStudentCannotUseTheCoordinatorsDownloadOrReviewPages() {
        FileLinks links = noahsFile();
        WebClient noah = new WebClient(app);
        noah.login(NOAH, DemoAccounts.PASSWORD);
        assertThat(noah.get(links.documentPath().replace("/student/", "/coordinator/")).status()).isEqualTo(403);
        assertThat(noah.get("/coordinator/applications/list.xhtml").status()).isEqualTo(403);
    }

    @Test
    void aCoordinatorDownloadsTheDocumentsOfASubmittedFile() {
        FileLinks links = noahsFile();
        WebClient coordinator = new WebClient(app);
        coordinator.login(DemoAccounts.COORDINATOR_PERPIGNAN, DemoAccounts.PASSWORD);
        Page pdf = coordinator.get(links.documentPath().replace("/student/", "/coordinator/"));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.body()).startsWith("%PDF-");
        assertThat(pdf.header("Content-Disposition")).startsWith("attachment;");
    }
}
