package fr.faireess.mobility.platform.mail;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.faireess.mobility.platform.config.Settings;
import fr.faireess.mobility.platform.i18n.Messages;

/**
 * Mails from the {@code mail} bundle (or any bundle of {@link Messages#BUNDLES}): a template
 * {@code key} is two texts, {@code key.subject} and {@code key.body}, formatted with the same
 * arguments. The body gets the application's address and the common signature, so every mail ends
 * the same way. Mails to the schools' people are in French whatever language they use on screen:
 * they are official messages of French schools. Mails to people outside (a host mentor) are in
 * that person's language ({@link #queue(Locale, String, String, Object...)}), the {@code mentor}
 * bundle holding those templates, with the signature and address line, in every host language.
 *
 * <pre>{@code
 * templates.queue(student.getEmail(), "application.mail.selected", student.getFirstName(), call.getTitle());
 * }</pre>
 */
@ApplicationScoped
public class MailTemplates {

    public static final Locale LOCALE = Locale.FRENCH;

    @Inject
    private MailService mail;

    private final Settings settings = Settings.fromConfig();

    /** The subject and body of template {@code key}, with the signature and the application's address. */
    public MailText render(String key, Object... args) {
        return compose(LOCALE, key, settings.publicUrl(), args);
    }

    /** Renders template {@code key} and queues it to {@code to}, in the caller's transaction. */
    @Transactional(Transactional.TxType.REQUIRED)
    public OutgoingMail queue(String to, String key, Object... args) {
        return queue(LOCALE, to, key, args);
    }

    /** Renders template {@code key} in {@code language} and queues it to {@code to}, in the caller's transaction. */
    @Transactional(Transactional.TxType.REQUIRED)
    public OutgoingMail queue(Locale language, String to, String key, Object... args) {
        MailText text = compose(language, key, settings.publicUrl(), args);
        return mail.queue(to, text.subject(), text.body());
    }

    static MailText compose(Locale language, String key, String publicUrl, Object... args) {
        String subject = Messages.text(language, key + ".subject", args);
        String body = Messages.text(language, key + ".body", args);
        if (subject.equals(key + ".subject") || body.equals(key + ".body")) {
            throw new IllegalArgumentException("No mail template " + key + " (" + key + ".subject and " + key + ".body)");
        }
        String signed = body.stripTrailing() + "\n\n"
                + Messages.text(language, "mail.footer.link", publicUrl) + "\n\n"
                + "-- \n"
                + Messages.text(language, "mail.signature") + "\n";
        return new MailText(subject, signed);
    }
}
