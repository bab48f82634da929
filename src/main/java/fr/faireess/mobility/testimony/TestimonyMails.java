package fr.faireess.mobility.testimony;

import java.util.List;

import fr.faireess.mobility.testimony.TestimonyChanged.Reason;
import fr.faireess.mobility.testimony.TestimonyStatus.By;

/**
 * Who is e-mailed about a change of a testimony, and with which template of the {@code testimonies}
 * bundle: the student authors at each moderation decision and whenever it leaves the showcase; the
 * coordinators when a testimony is submitted to them and when the system took one off the showcase
 * (a consent withdrawn or ended), so that they can ask for a new form.
 */
public final class TestimonyMails {

    /** Who receives a mail. */
    public enum Audience { AUTHORS, COORDINATORS }

    /** One mail to send: to whom, with which template ({@code key.subject}, {@code key.body}). */
    public record Mail(Audience to, String key) {
    }

    /** Every template this class may choose (the bundles must hold each one). */
    public static final List<String> TEMPLATES = List.of(
            "testimony.mail.staff.submitted", "testimony.mail.changesRequested", "testimony.mail.approved",
            "testimony.mail.published", "testimony.mail.unpublished", "testimony.mail.consentWithdrawn",
            "testimony.mail.staff.consentWithdrawn", "testimony.mail.consentExpired", "testimony.mail.staff.consentExpired");

    private TestimonyMails() {
    }

    public static List<Mail> of(TestimonyChanged change) {
        return switch (change.to()) {
            case DRAFT -> List.of();
            case SUBMITTED -> List.of(new Mail(Audience.COORDINATORS, "testimony.mail.staff.submitted"));
            case CHANGES_REQUESTED -> List.of(new Mail(Audience.AUTHORS, "testimony.mail.changesRequested"));
            case APPROVED -> List.of(new Mail(Audience.AUTHORS, "testimony.mail.approved"));
            case PUBLISHED -> List.of(new Mail(Audience.AUTHORS, "testimony.mail.published"));
            case UNPUBLISHED -> change.by() != By.SYSTEM
                    ? List.of(new Mail(Audience.AUTHORS, "testimony.mail.unpublished"))
                    : change.reason() == Reason.CONSENT_EXPIRED
                    ? List.of(new Mail(Audience.AUTHORS, "testimony.mail.consentExpired"),
                            new Mail(Audience.COORDINATORS, "testimony.mail.staff.consentExpired"))
                    : List.of(new Mail(Audience.AUTHORS, "testimony.mail.consentWithdrawn"),
                            new Mail(Audience.COORDINATORS, "testimony.mail.staff.consentWithdrawn"));
        };
    }
}
