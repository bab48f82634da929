package fr.faireess.mobility.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;

import jakarta.mail.MessagingException;

import org.junit.jupiter.api.Test;

class MailTemplatesTest {

    @Test
    void aTemplateIsFrenchWithItsArgumentsTheAddressAndTheSignature() {
        MailText text = MailTemplates.compose("mail.test", "https://mobilite.faire-ess.fr/", "sophie.martin@faire-ess.fr");
        assertThat(text.subject()).isEqualTo("Courriel de test — Mobilité FAIRE-ESS");
        assertThat(text.body())
                .startsWith("Bonjour,\n\nCeci est un courriel de test envoyé par la plateforme Mobilité FAIRE-ESS à la demande de sophie.martin@faire-ess.fr.\n")
                .contains("S'il vous est parvenu")
                .endsWith("\n\nAccéder à la plateforme Mobilité FAIRE-ESS : https://mobilite.faire-ess.fr/\n\n-- \n"
                        + "L'équipe mobilité internationale FAIRE-ESS\n");
    }

    @Test
    void anUnknownTemplateIsAProgrammingErrorNotAMailWithKeysInIt() {
        assertThatThrownBy(() -> MailTemplates.compose("mail.nothing", "http://localhost/"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mail.nothing.subject");
    }

    @Test
    void theStoredErrorNamesTheRootCauseToo() {
        MessagingException e = new MessagingException("Couldn't connect to host, port: smtp.example.org, 587",
                new ConnectException("Connection refused"));
        assertThat(OutboxWorker.describe(e)).isEqualTo(
                "MessagingException: Couldn't connect to host, port: smtp.example.org, 587 ← ConnectException: Connection refused");
    }
}
