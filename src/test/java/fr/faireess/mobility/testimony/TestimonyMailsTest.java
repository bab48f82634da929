package fr.faireess.mobility.testimony;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import fr.faireess.mobility.platform.i18n.Messages;
import fr.faireess.mobility.testimony.TestimonyChanged.Reason;
import fr.faireess.mobility.testimony.TestimonyMails.Audience;
import fr.faireess.mobility.testimony.TestimonyMails.Mail;
import fr.faireess.mobility.testimony.TestimonyStatus.By;

/** Who hears about which change of a testimony, and that every template exists in French. */
class TestimonyMailsTest {

    private static List<Mail> mails(TestimonyStatus from, TestimonyStatus to, By by, Reason reason) {
        return TestimonyMails.of(new TestimonyChanged(1, from, to, by, null, reason, null));
    }

    @Test
    void coordinatorsHearOfASubmissionAndAuthorsOfEachModerationDecision() {
        assertThat(mails(TestimonyStatus.DRAFT, TestimonyStatus.SUBMITTED, By.STUDENT, null))
                .containsExactly(new Mail(Audience.COORDINATORS, "testimony.mail.staff.submitted"));
        assertThat(mails(TestimonyStatus.CHANGES_REQUESTED, TestimonyStatus.SUBMITTED, By.STUDENT, null))
                .containsExactly(new Mail(Audience.COORDINATORS, "testimony.mail.staff.submitted"));
        assertThat(mails(TestimonyStatus.SUBMITTED, TestimonyStatus.CHANGES_REQUESTED, By.COORDINATOR, null))
                .containsExactly(new Mail(Audience.AUTHORS, "testimony.mail.changesRequested"));
        assertThat(mails(TestimonyStatus.SUBMITTED, TestimonyStatus.APPROVED, By.COORDINATOR, null))
                .containsExactly(new Mail(Audience.AUTHORS, "testimony.mail.approved"));
        assertThat(mails(TestimonyStatus.APPROVED, TestimonyStatus.PUBLISHED, By.COORDINATOR, null))
                .containsExactly(new Mail(Audience.AUTHORS, "testimony.mail.published"));
        assertThat(mails(TestimonyStatus.PUBLISHED, TestimonyStatus.UNPUBLISHED, By.COORDINATOR, null))
                .containsExactly(new Mail(Audience.AUTHORS, "testimony.mail.unpublished"));
    }

    @Test
    void aConsentDrivenUnpublicationTellsTheAuthorsAndTheCoordinators() {
        assertThat(mails(TestimonyStatus.PUBLISHED, TestimonyStatus.UNPUBLISHED, By.SYSTEM, Reason.CONSENT_EXPIRED))
                .containsExactly(new Mail(Audience.AUTHORS, "testimony.mail.consentExpired"),
                        new Mail(Audience.COORDINATORS, "testimony.mail.staff.consentExpired"));
        assertThat(mails(TestimonyStatus.PUBLISHED, TestimonyStatus.UNPUBLISHED, By.SYSTEM, Reason.CONSENT_WITHDRAWN))
                .containsExactly(new Mail(Audience.AUTHORS, "testimony.mail.consentWithdrawn"),
                        new Mail(Audience.COORDINATORS, "testimony.mail.staff.consentWithdrawn"));
    }

    @Test
    void everyTemplateChosenHasAFrenchSubjectAndBodyWithTheFourArguments() {
        List<String> chosen = Stream.of(TestimonyStatus.values())
                .flatMap(to -> Stream.of(By.values()).flatMap(by -> Stream.of(Reason.CONSENT_EXPIRED, Reason.CONSENT_WITHDRAWN)
                        .flatMap(reason -> mails(TestimonyStatus.SUBMITTED, to, by, reason).stream())))
                .map(Mail::key).distinct().toList();
        assertThat(TestimonyMails.TEMPLATES).containsAll(chosen);
        for (String key : TestimonyMails.TEMPLATES) {
            String subject = Messages.text(Locale.FRENCH, key + ".subject", "Emma", "Montilivi", "Pau F.", "https://x/");
            String body = Messages.text(Locale.FRENCH, key + ".body", "Emma", "Montilivi", "Pau F.", "https://x/");
            assertThat(subject).as(key).contains("Montilivi").doesNotContain("{");
            assertThat(body).as(key).startsWith("Bonjour Emma,").contains("« Montilivi »").contains("https://x/")
                    .doesNotContain("{").doesNotContain("''");
        }
        assertThat(Messages.text(Locale.FRENCH, "testimony.mail.message", "Ajoutez le lien."))
                .isEqualTo("Message de la coordination :\n\nAjoutez le lien.\n\n");
    }
}
