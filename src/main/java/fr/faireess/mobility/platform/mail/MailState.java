package fr.faireess.mobility.platform.mail;

/** Where an outgoing mail stands. Only QUEUED mails are picked up by the sender. */
public enum MailState {
    /** Waiting to be sent (first try, or a retry after a temporary failure). */
    QUEUED,
    /** Accepted by the SMTP server. */
    SENT,
    /** Given up: refused for good, or failed too many times; the last error is kept. */
    FAILED,
    /**
     * No SMTP server is configured: kept for administrators to read, never dropped by the sender
     * (the retention purge deletes it once its period is over, like a FAILED one).
     */
    HELD;

    public String labelKey() {
        return "mail.state." + name();
    }
}
