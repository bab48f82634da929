/**
 * E-mail notifications with an outbox that never loses a message. {@link MailService#queue} writes an
 * {@link OutgoingMail} row in the caller's transaction (a decision and its mail commit or roll back
 * together); {@link MailDispatcher} then sends queued rows in the background through Jakarta Mail,
 * retrying with back-off ({@link RetryPolicy}). Without an SMTP server the rows are held, readable by
 * administrators on {@code /admin/outbox.xhtml}. {@link MailTemplates} writes French mails from the
 * {@code mail} bundle with the common signature and the application's address.
 */
package fr.faireess.mobility.platform.mail;
