package fr.faireess.mobility.platform.mail;

/** The subject and plain-text body of a mail, ready to queue. */
public record MailText(String subject, String body) {
}
