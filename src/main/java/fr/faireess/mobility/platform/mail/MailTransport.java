package fr.faireess.mobility.platform.mail;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Properties;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import fr.faireess.mobility.platform.config.Settings;
import fr.faireess.mobility.platform.i18n.Messages;

/**
 * Hands one mail to the configured SMTP server through Jakarta Mail (provided by Payara Micro:
 * Angus Mail). Settings are read once; a new SMTP configuration needs a restart, like every setting.
 */
@ApplicationScoped
public class MailTransport {

    private static final String TIMEOUT_MS = "20000";

    private final Settings settings = Settings.fromConfig();

    public void send(OutgoingMail mail, Instant now) throws MessagingException {
        Session session = Session.getInstance(properties());
        MimeMessage message = new MimeMessage(session);
        message.setFrom(sender());
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.getRecipient(), true));
        message.setSubject(mail.getSubject(), StandardCharsets.UTF_8.name());
        message.setText(mail.getBody(), StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(now));
        // Tells mail servers and out-of-office robots not to answer automatically.
        message.setHeader("Auto-Submitted", "auto-generated");
        if (settings.smtpUser().isPresent()) {
            Transport.send(message, settings.smtpUser().get(), settings.smtpPassword());
        } else {
            Transport.send(message);
        }
    }

    /** A refused address stays refused: retrying it later cannot help. */
    public boolean isPermanent(MessagingException e) {
        return e instanceof AddressException || e instanceof SendFailedException;
    }

    private InternetAddress sender() throws AddressException {
        try {
            return new InternetAddress(settings.mailFrom(), Messages.text(MailTemplates.LOCALE, "mail.senderName"),
                    StandardCharsets.UTF_8.name());
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Properties properties() {
        Properties props = new Properties();
        props.put("mail.transport.protocol", "smtp");
        props.put("mail.smtp.host", settings.smtpHost().orElseThrow());
        props.put("mail.smtp.port", String.valueOf(settings.smtpPort()));
        props.put("mail.smtp.auth", String.valueOf(settings.smtpUser().isPresent()));
        props.put("mail.smtp.starttls.enable", String.valueOf(settings.smtpStarttls()));
        props.put("mail.smtp.starttls.required", String.valueOf(settings.smtpStarttls()));
        props.put("mail.smtp.connectiontimeout", TIMEOUT_MS);
        props.put("mail.smtp.timeout", TIMEOUT_MS);
        props.put("mail.smtp.writetimeout", TIMEOUT_MS);
        return props;
    }
}
