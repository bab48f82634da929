package fr.faireess.mobility.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
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

/** The running instance sends through SMTP (GreenMail here), and the admin reads what left on the outbox page. */
@ResourceLock(TestLanes.RUNNING_APP)
class MailOutboxHttpIT {

    private final RunningApp app = RunningApp.get();
    private final TestMailServer smtp = TestMailServer.get();

    @Test
    void anAdminsTestMailReallyLeavesThroughSmtpAndShowsAsSentInTheOutbox() {
        WebClient web = new WebClient(app);
        web.login(DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
        Page outbox = web.get("/admin/outbox.xhtml");
        assertThat(outbox.title()).isEqualTo("Boîte d'envoi");
        assertThat(outbox.document().getElementById("smtpNotice").text())
                .isEqualTo("Les courriels sont envoyés par le serveur SMTP 127.0.0.1:" + smtp.port() + ".");

        Set<String> alreadyThere = smtp.messagesTo(DemoAccounts.ADMIN).stream().map(m -> m.header("Message-ID"))
                .collect(Collectors.toSet());
        Page queued = web.submit(outbox, "tools", Map.of(), "sendTest");
        assertThat(queued.status()).isEqualTo(200);
        assertThat(queued.document().text()).contains("Un courriel de test a été mis en file d'envoi pour sophie.martin@faire-ess.fr.");

        Received received = smtp.waitFor(DemoAccounts.ADMIN, m -> !alreadyThere.contains(m.header("Message-ID")));
        assertThat(received.subject()).isEqualTo("Courriel de test — Mobilité FAIRE-ESS");
        assertThat(received.from()).isEqualTo("mobilite@faire-ess.fr");
        assertThat(received.header("Auto-Submitted")).isEqualTo("auto-generated");
        assertThat(received.body())
                .contains("Ceci est un courriel de test envoyé par la plateforme Mobilité FAIRE-ESS à la demande de "
                        + DemoAccounts.ADMIN)
                .contains("Accéder à la plateforme Mobilité FAIRE-ESS : " + app.baseUrl() + "/")
                .contains("L'équipe mobilité internationale FAIRE-ESS");

        Element row = waitForSentRow(web);
        assertThat(row.text()).contains(DemoAccounts.ADMIN).contains("Courriel de test — Mobilité FAIRE-ESS");
        assertThat(web.get("/admin/outbox.xhtml?state=SENT&q=" + DemoAccounts.ADMIN).document().select("#list\\:mails tbody tr"))
                .isNotEmpty().allSatisfy(r -> assertThat(r.text()).contains("Envoyé").doesNotContain("Échec"));
        Page detail = web.get(row.selectFirst("a").attr("href"));
        assertThat(detail.title()).isEqualTo("Courriel de test — Mobilité FAIRE-ESS");
        assertThat(detail.document().getElementById("state").text()).isEqualTo("Envoyé");
        assertThat(detail.document().getElementById("attempts").text()).isEqualTo("1");
        assertThat(detail.document().getElementById("body").wholeText().strip()).isEqualTo(received.body().replace("\r\n", "\n").strip());
        assertThat(detail.document().getElementById("actions:requeue")).as("a sent mail is not sent again").isNull();
    }

    @Test
    void onlyAdminsReadAMail() {
        for (String who : new String[] {DemoAccounts.STUDENT_ASS_PERPIGNAN, DemoAccounts.COORDINATOR_PERPIGNAN,
                DemoAccounts.TRAINER_MONTPELLIER}) {
            WebClient web = new WebClient(app);
            web.login(who, DemoAccounts.PASSWORD);
            assertThat(web.get("/admin/outbox-mail.xhtml?id=1").status()).as(who).isEqualTo(403);
        }
        assertThat(new WebClient(app).get("/admin/outbox-mail.xhtml?id=1").redirectPath()).startsWith("/login.xhtml");
    }

    @Test
    void anUnknownMailIsNotFoundAndTheFiltersAreInTheAddress() {
        WebClient web = new WebClient(app);
        web.login(DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
        assertThat(web.follow("/admin/outbox-mail.xhtml?id=987654321").title()).isEqualTo("Page introuvable");

        Page outbox = web.get("/admin/outbox.xhtml");
        Page filtered = web.submit(outbox, "filters", Map.of("q", "nobody-at-all", "state_input", "FAILED"), "apply");
        assertThat(filtered.redirectPath()).isEqualTo("/admin/outbox.xhtml?q=nobody-at-all&state=FAILED");
        assertThat(web.get(filtered.redirectPath()).body()).contains("Aucun courriel.");
    }

    /**
     * The admin's newest mail (the list is newest first) shows as sent once the sender has committed,
     * just after the SMTP server took it.
     */
    private Element waitForSentRow(WebClient web) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (true) {
            Page sent = web.get("/admin/outbox.xhtml?q=" + DemoAccounts.ADMIN);
            Element first = sent.document().selectFirst("#list\\:mails tbody tr");
            if (first != null && first.text().contains("Envoyé")) {
                return first;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("The test mail is not shown as sent: " + sent.document().select("#list").text());
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
