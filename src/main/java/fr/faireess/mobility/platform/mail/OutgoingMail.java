package fr.faireess.mobility.platform.mail;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;

/**
 * One e-mail in the outbox, from the moment it is queued until it is sent or given up. The moves
 * between states are methods here that refuse an illegal move; the sender and the administrator's
 * "send again" are their only callers.
 */
@Entity
@Table(name = "mail_outbox")
public class OutgoingMail implements Serializable {

    public static final int RECIPIENT_MAX = 254;
    public static final int SUBJECT_MAX = 255;
    /** Well inside MySQL's TEXT (65,535 bytes) even with 4-byte characters. */
    public static final int BODY_MAX = 16_000;
    public static final int ERROR_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = RECIPIENT_MAX)
    @Size(max = RECIPIENT_MAX)
    private String recipient;

    @Column(nullable = false, length = SUBJECT_MAX)
    @Size(max = SUBJECT_MAX)
    private String subject;

    @Column(nullable = false, length = BODY_MAX)
    @Size(max = BODY_MAX)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "mail_state", nullable = false, length = 10)
    private MailState state;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = ERROR_MAX)
    @Size(max = ERROR_MAX)
    private String lastError;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Version
    private long version;

    protected OutgoingMail() {
    }

    OutgoingMail(String recipient, String subject, String body, Instant now) {
        this.recipient = Objects.requireNonNull(recipient);
        this.subject = clip(Objects.requireNonNull(subject), SUBJECT_MAX);
        this.body = clip(Objects.requireNonNull(body), BODY_MAX);
        this.createdAt = Objects.requireNonNull(now);
        this.state = MailState.QUEUED;
        this.nextAttemptAt = now;
    }

    /** Whether the sender should try it now. */
    public boolean isDue(Instant now) {
        return state == MailState.QUEUED && (nextAttemptAt == null || !nextAttemptAt.isAfter(now));
    }

    /** Only mails that will not move by themselves can be queued again by hand. */
    public boolean canRequeue() {
        return state == MailState.FAILED || state == MailState.HELD;
    }

    void sent(Instant now) {
        require(MailState.QUEUED, MailState.SENT);
        attempts++;
        state = MailState.SENT;
        sentAt = now;
        nextAttemptAt = null;
    }

    void failed(String error, boolean permanent, Instant now, RetryPolicy policy) {
        require(MailState.QUEUED, MailState.FAILED);
        attempts++;
        RetryPolicy.Outcome outcome = policy.afterFailure(attempts, permanent, now);
        state = outcome.state();
        nextAttemptAt = outcome.nextAttemptAt();
        lastError = error == null ? null : clip(error, ERROR_MAX);
    }

    void hold() {
        require(MailState.QUEUED, MailState.HELD);
        state = MailState.HELD;
        nextAttemptAt = null;
    }

    /** Back in the queue for a fresh series of tries; the last error stays visible until one succeeds. */
    void requeue(Instant now) {
        if (!canRequeue()) {
            throw new IllegalStateException("Mail " + id + " is " + state + ": only FAILED or HELD mails are sent again");
        }
        state = MailState.QUEUED;
        attempts = 0;
        nextAttemptAt = now;
    }

    private void require(MailState expected, MailState target) {
        if (state != expected) {
            throw new IllegalStateException("Mail " + id + " cannot go from " + state + " to " + target);
        }
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public Long getId() { return id; }
    public String getRecipient() { return recipient; }
    public String getSubject() { return subject; }
    public String getBody() { return body; }
    public Instant getCreatedAt() { return createdAt; }
    public MailState getState() { return state; }
    public int getAttempts() { return attempts; }
    public Instant getNextAttemptAt() { return nextAttemptAt; }
    public String getLastError() { return lastError; }
    public Instant getSentAt() { return sentAt; }
    public long getVersion() { return version; }
}
