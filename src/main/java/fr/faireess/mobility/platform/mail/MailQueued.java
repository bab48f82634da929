package fr.faireess.mobility.platform.mail;

/** Fired when a mail is queued; observed after the commit to send it without waiting for the next round. */
public record MailQueued(long mailId) {
}
