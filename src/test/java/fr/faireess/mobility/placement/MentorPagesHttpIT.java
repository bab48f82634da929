package fr.faireess.mobility.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

import fr.faireess.mobility.support.DemoAccounts;
import fr.faireess.mobility.support.RunningApp;
import fr.faireess.mobility.support.TestMailServer;
import fr.faireess.mobility.support.TestMailServer.Received;
import fr.faireess.mobility.support.WebClient;
import fr.faireess.mobility.support.WebClient.Page;
import fr.faireess.mobility.support.TestLanes;

/**
 * The host side in the host's language, over HTTP with the demo data: the coordinator sends the
 * signing link of a placement in Spain (Núria Soler, Barcelona) and one in Germany (Katrin Schulz,
 * Berlin); each mentor gets the mail in their language, and the link opens the agreement in it, to
 * read inline and as a PDF before the sign button, "signed" nowhere yet. The PDF answers only to a
 * usable signing link. Nothing is signed here (the demo's placements stay as they are; the signing
 * itself is in PlacementJourneyBrowserIT).
 */
@ResourceLock(TestLanes.RUNNING_APP)
class MentorPagesHttpIT {

    private static final RunningApp APP = RunningApp.get();
    private static final TestMailServer MAIL = TestMailServer.get();
    private static final Pattern SIGN_LINK = Pattern.compile("http://\\S+/agreement/sign\\.xhtml\\?token=[A-Za-z0-9_-]+");
    private static final Pattern CERTIFICATE_LINK = Pattern.compile("http://\\S+/agreement/certificate\\.xhtml\\?token=[A-Za-z0-9_-]+");

    private static WebClient coordinator() {
        WebClient web = new WebClient(APP);
        assertThat(web.login(DemoAccounts.COORDINATOR_PERPIGNAN, DemoAccounts.PASSWORD).isRedirect()).isTrue();
        return web;
    }

    /** Sends the mentor's signing link from the coordinator's page of {@code student}'s placement; returns the new mail. */
    private static Received sendSigningLink(String listQuery, String student, String mentorEmail) {
        return sendLink(listQuery, student, mentorEmail, "agreement", "sendLink", "Le lien de signature est envoyé à ");
    }

    /** Clicks {@code buttonId} of form {@code formId} on the coordinator's page of the placement; returns the mail it sent. */
    private static Received sendLink(String listQuery, String student, String mentorEmail, String formId, String buttonId,
                                     String confirmation) {
        WebClient coordinator = coordinator();
        Page list = coordinator.get("/coordinator/placements/list.xhtml" + listQuery);
        Element link = list.document().selectFirst("a:contains(" + student + ")");
        assertThat(link).as(list.body()).isNotNull();
        Page placement = coordinator.get(link.attr("href") + "&tab=" + formId);   // the form's tab: agreement, certificate
        Set<String> before = MAIL.messagesTo(mentorEmail).stream().map(m -> m.header("Message-ID")).collect(Collectors.toSet());
        Page sent = coordinator.submit(placement, formId, Map.of(), buttonId);
        assertThat(sent.isRedirect() ? coordinator.get(sent.redirectPath()).body() : sent.body())
                .contains(confirmation + mentorEmail);
        return MAIL.waitFor(mentorEmail, m -> !before.contains(m.header("Message-ID")));
    }

    private static String linkIn(Received mail, Pattern pattern) {
        Matcher link = pattern.matcher(mail.body());
        assertThat(link.find()).as(mail.body()).isTrue();
        return link.group().substring(APP.baseUrl().length());
    }

    private static String signPath(Received mail) {
        return linkIn(mail, SIGN_LINK);
    }

    @Test
    void aSpanishHostsMentorGetsTheMailAndTheSigningPageInSpanishWithTheAgreementToReadFirst() {
        Received mail = sendSigningLink("?state=IN_PROGRESS&country=ES", "MERCIER Théo", "n.soler@petits-estels.example.org");
        assertThat(mail.subject()).isEqualTo("Acuerdo de Aprendizaje de Théo Mercier para firmar (versión 2)");
        assertThat(mail.body()).startsWith("Estimado/a Núria Soler:")
                .contains("El IRTS le invita a firmar la versión 2 del Acuerdo de Aprendizaje")
                .contains("también puede leer en PDF antes de firmarlo")
                .contains("El equipo de movilidad internacional de FAIRE-ESS")
                .doesNotContain("Bonjour").doesNotContain("Hello");

        String path = signPath(mail);
        Page page = new WebClient(APP).get(path);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.document().selectFirst("html").attr("lang")).isEqualTo("es");
        assertThat(page.document().getElementById("pageTitle").text()).isEqualTo("Firma del Acuerdo de Aprendizaje");
        Element document = page.document().getElementById("document");
        assertThat(document).as("the agreement, inline").isNotNull();
        assertThat(document.text()).contains("Acuerdo de Aprendizaje para Prácticas").contains("versión 2")
                .contains("Théo Mercier").contains("Escola Bressol Els Petits Estels").contains("Núria Soler")
                .contains("Stagiaire travail social — Petite enfance")
                .contains("Lengua de trabajo y nivel (MCER)").contains("Español B2")
                .contains("Organización de acogida: Pendiente de firma")
                .doesNotContain("Firmado").doesNotContain("Version signée").doesNotContain("Signed");
        assertThat(document.getElementById("signedBadge")).as("not signed yet").isNull();
        assertThat(page.document().getElementById("sign:submit").text()).isEqualTo("Firmo el Acuerdo de Aprendizaje");
        assertThat(page.body().indexOf("id=\"document\"")).as("the document comes before the sign button")
                .isLessThan(page.body().indexOf("id=\"sign:submit\""));
        assertThat(page.body()).doesNotContain("Contrat pédagogique").doesNotContain("Se connecter");

        // The PDF, through the same link, before signing; a forged token or a bare address gets nothing.
        String pdf = page.document().selectFirst("#document a[href*=/agreement/pdf]").attr("href");
        WebClient.Download download = new WebClient(APP).download(pdf.substring(pdf.indexOf("/agreement/pdf")));
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.contentType()).startsWith("application/pdf");
        assertThat(new String(download.body(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(new WebClient(APP).download("/agreement/pdf?token=forged-token").status()).isEqualTo(404);
        assertThat(new WebClient(APP).download("/agreement/pdf").status()).isEqualTo(404);

        // The mentor may switch to another host language on the page; the link stays the same.
        Page german = new WebClient(APP).get(path + "&lang=de");
        assertThat(german.document().getElementById("pageTitle").text()).isEqualTo("Unterzeichnung des Learning Agreements");
        assertThat(german.document().select("#languages a").eachText()).containsExactly("EN", "FR", "ES", "CA", "IT", "DE", "PT", "NL");
    }

    @Test
    void theCertificateMailAndPageOfASpanishHostsMentorAreInSpanish() {
        Received mail = sendLink("?state=IN_PROGRESS&country=ES", "MERCIER Théo", "n.soler@petits-estels.example.org",
                "certificate", "sendCertificateLink", "attestation est envoyé à ");
        assertThat(mail.subject()).isEqualTo("Certificado de prácticas de Théo Mercier");
        assertThat(mail.body()).startsWith("Estimado/a Núria Soler:").contains("Gracias por haber acogido a Théo Mercier en");

        Page page = new WebClient(APP).get(linkIn(mail, CERTIFICATE_LINK));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.document().getElementById("pageTitle").text()).isEqualTo("Certificado de prácticas");
        assertThat(page.document().getElementById("certificate").text()).contains("Certificado de las prácticas de Théo Mercier en")
                .contains("Fecha real de inicio").contains("Tareas realizadas").contains("Evaluación del tutor o la tutora");
        assertThat(page.document().getElementById("certificate:submit").text()).isEqualTo("Registrar el certificado");
    }

    @Test
    void theHostEditPageOffersTheContactsLanguageNamedInTheInterfaceLanguage() {
        WebClient coordinator = coordinator();
        Page list = coordinator.get("/coordinator/hosts/list.xhtml?country=DE");
        Element host = list.document().selectFirst("a:contains(Kinder- und Jugendhilfe Kreuzberg)");
        assertThat(host).as(list.body()).isNotNull();
        Page edit = coordinator.get(host.attr("href").replace("/view.xhtml", "/edit.xhtml"));
        Element select = edit.document().selectFirst("select[id='host:contacts:0:contactLanguage_input']");
        assertThat(select).as(edit.body()).isNotNull();
        assertThat(select.select("option").eachText())
                .containsExactly("Anglais", "Français", "Espagnol", "Catalan", "Italien", "Allemand", "Portugais", "Néerlandais");
        assertThat(select.select("option[selected]").attr("value")).isEqualTo("de");
    }

    @Test
    void aGermanMentorGetsGerman() {
        Received mail = sendSigningLink("?state=PROPOSED", "VILA Maëlys", "k.schulz@kjh-kreuzberg.example.org");
        assertThat(mail.subject()).isEqualTo("Learning Agreement von Maëlys Vila zur Unterzeichnung (Fassung 1)");
        assertThat(mail.body()).startsWith("Guten Tag Katrin Schulz,").contains("Ihr persönlicher Link, einmalig gültig bis zum");

        Page page = new WebClient(APP).get(signPath(mail));
        assertThat(page.document().selectFirst("html").attr("lang")).isEqualTo("de");
        assertThat(page.document().getElementById("pageTitle").text()).isEqualTo("Unterzeichnung des Learning Agreements");
        assertThat(page.document().getElementById("document").text()).contains("Praktikant/in").contains("Maëlys Vila")
                .contains("Aufnehmende Einrichtung: Noch nicht unterzeichnet").contains("Deutsch B2");
        assertThat(page.document().getElementById("sign:submit").text()).isEqualTo("Ich unterzeichne das Learning Agreement");
    }
}
