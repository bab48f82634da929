package fr.faireess.mobility.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;

import jakarta.mail.MessagingException;

import org.junit.jupiter.api.Test;

class MailTemplatesTest {

    @Test
    void aTemplateIsFrenchWithItsArgumentsTheAddressAndTheSignature() {
        MailText text = MailTemplates.compose(MailTemplates.LOCALE, "mail.test", "https://mobilite.faire-ess.fr/", "sophie.martin@faire-ess.fr");
        assertThat(text.subject()).isEqualTo("Courriel de test — Mobilité FAIRE-ESS");
        assertThat(text.body())
                .startsWith("Bonjour,\n\nCeci est un courriel de test envoyé par la plateforme Mobilité FAIRE-ESS à la demande de sophie.martin@faire-ess.fr.\n")
                .contains("S'il vous est parvenu")
                .endsWith("\n\nAccéder à la plateforme Mobilité FAIRE-ESS : https://mobilite.faire-ess.fr/\n\n-- \n"
                        + "L'équipe mobilité internationale FAIRE-ESS\n");
    }

    @Test
    void aMentorsMailIsInTheirLanguageFooterAndSignatureIncluded() {
        MailText spanish = MailTemplates.compose(java.util.Locale.forLanguageTag("es"), "placement.mail.certificateLink",
                "https://mobilite.faire-ess.fr/", "Núria Soler", "Théo Mercier", "Escola Bressol", "https://x/", "15 de enero de 2027");
        assertThat(spanish.subject()).isEqualTo("Certificado de prácticas de Théo Mercier");
        assertThat(spanish.body()).startsWith("Estimado/a Núria Soler:\n\nGracias por haber acogido a Théo Mercier en Escola Bressol.")
                .contains("hasta el 15 de enero de 2027:\nhttps://x/")
                .endsWith("\n\nAcceder a la plataforma Mobilité FAIRE-ESS: https://mobilite.faire-ess.fr/\n\n-- \n"
                        + "El equipo de movilidad internacional de FAIRE-ESS\n");
        MailText german = MailTemplates.compose(java.util.Locale.GERMAN, "placement.mail.signLink", "http://localhost/",
                "Katrin Schulz", "Maëlys Vila", "Kinder- und Jugendhilfe Kreuzberg", 1, "http://localhost/x", "1. März 2027");
        assertThat(german.subject()).isEqualTo("Learning Agreement von Maëlys Vila zur Unterzeichnung (Fassung 1)");
        assertThat(german.body()).startsWith("Guten Tag Katrin Schulz,").contains("bis zum 1. März 2027:\nhttp://localhost/x")
                .endsWith("Das Team für internationale Mobilität von FAIRE-ESS\n");
    }

    @Test
    void anUnknownTemplateIsAProgrammingErrorNotAMailWithKeysInIt() {
        assertThatThrownBy(() -> MailTemplates.compose(MailTemplates.LOCALE, "mail.nothing", "http://localhost/"))
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
