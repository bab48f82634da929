package fr.faireess.mobility.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;

import fr.faireess.mobility.support.Browser;
import fr.faireess.mobility.support.DemoAccounts;
import fr.faireess.mobility.support.RunningApp;
import fr.faireess.mobility.support.TestMailServer;
import fr.faireess.mobility.support.TestLanes;

/** The administrator's journey on the outbox, in headless Chromium. */
@ResourceLock(TestLanes.RUNNING_APP)
class MailOutboxBrowserIT {

    private static final RunningApp APP = RunningApp.get();

    @RegisterExtension
    static final Browser BROWSER = new Browser(APP);

    @AfterAll
    static void closeBrowser() {
        BROWSER.close();
    }

    @Test
    void anAdminSendsATestMailFindsItInTheOutboxAndReadsIt() {
        BROWSER.open("/");
        BROWSER.type("Adresse e-mail", DemoAccounts.ADMIN);
        BROWSER.type("Mot de passe", DemoAccounts.PASSWORD);
        BROWSER.click("Se connecter");
        BROWSER.open("/admin/outbox.xhtml");
        assertThat(BROWSER.heading()).isEqualTo("Boîte d'envoi");
        Set<String> alreadyThere = TestMailServer.get().messagesTo(DemoAccounts.ADMIN).stream()
                .map(m -> m.header("Message-ID")).collect(Collectors.toSet());

        BROWSER.click("Envoyer un courriel de test");
        assertThat(BROWSER.bodyText()).contains("Un courriel de test a été mis en file d'envoi pour " + DemoAccounts.ADMIN + ".");
        TestMailServer.get().waitFor(DemoAccounts.ADMIN, m -> !alreadyThere.contains(m.header("Message-ID")));

        BROWSER.type("Destinataire", "sophie.martin");
        BROWSER.click("Filtrer");
        assertThat(BROWSER.path()).isEqualTo("/admin/outbox.xhtml?q=sophie.martin");
        waitUntilSent();

        BROWSER.click("Courriel de test — Mobilité FAIRE-ESS");
        assertThat(BROWSER.heading()).isEqualTo("Courriel de test — Mobilité FAIRE-ESS");
        assertThat(BROWSER.bodyText()).contains("Envoyé").contains("Ceci est un courriel de test")
                .contains("L'équipe mobilité internationale FAIRE-ESS");
        BROWSER.click("Retour à la boîte d'envoi");
        assertThat(BROWSER.heading()).isEqualTo("Boîte d'envoi");
    }

    /**
     * The newest mail (first row) shows as sent once the sender has committed, just after the SMTP
     * server took it: reload until it does.
     */
    private static void waitUntilSent() {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (!BROWSER.driver().findElement(By.cssSelector("tbody tr")).getText().contains("Envoyé")) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("The test mail is not shown as sent");
            }
            BROWSER.driver().navigate().refresh();
        }
    }
}
