package fr.faireess.mobility.platform.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The sender's unit steps, each in its own transaction so that one mail's outcome is saved before
 * the next is tried. The row is locked while it is sent: two instances sharing the database never
 * send the same mail at the same time.
 */
@ApplicationScoped
public class OutboxWorker {

    static final int BATCH = 50;
    /** A queued mail whose time has come (none set, or reached); the query form of {@link OutgoingMail#isDue}. */
    private static final String DUE = "m.state = :queued and (m.nextAttemptAt is null or m.nextAttemptAt <= :now)";
    private static final Logger LOG = Logger.getLogger(OutboxWorker.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private MailTransport transport;

    /** Ids of queued mails whose time has come, oldest first, at most {@link #BATCH}. */
    @Transactional
    public List<Long> dueIds() {
        return em.createQuery("select m.id from OutgoingMail m where " + DUE + " order by m.id", Long.class)
                .setParameter("queued", MailState.QUEUED)
                .setParameter("now", Instant.now(clock))
                .setMaxResults(BATCH)
                .getResultList();
    }

    /** Tries to send one mail, and records the outcome: sent, another try later, or failed. */
    @Transactional
    public void deliver(long id) {
        OutgoingMail mail = em.find(OutgoingMail.class, id, LockModeType.PESSIMISTIC_WRITE);
        Instant now = Instant.now(clock);
        if (mail == null || !mail.isDue(now)) {
            return;
        }
        try {
            transport.send(mail, now);
            mail.sent(now);
        } catch (MessagingException | RuntimeException e) {
            String error = describe(e);
            boolean permanent = e instanceof MessagingException m && transport.isPermanent(m);
            mail.failed(error, permanent, now, RetryPolicy.STANDARD);
            LOG.log(Level.WARNING, "Mail {0} to {1} not sent (try {2}, now {3}): {4}",
                    new Object[] {id, mail.getRecipient(), mail.getAttempts(), mail.getState(), error});
        }
    }

    /**
     * Without an SMTP server: queued mails whose time has come are held, where administrators read
     * them. One waiting for its next try (set by an earlier failure) is left alone until then, as the
     * sender would.
     */
    @Transactional
    public int holdQueued() {
        List<OutgoingMail> queued = em.createQuery("select m from OutgoingMail m where " + DUE + " order by m.id",
                        OutgoingMail.class)
                .setParameter("queued", MailState.QUEUED)
                .setParameter("now", Instant.now(clock))
                .setMaxResults(BATCH)
                .getResultList();
        queued.forEach(OutgoingMail::hold);
        return queued.size();
    }

    /** The exception and its causes in one line: "connection refused" is usually two levels down. */
    static String describe(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (!text.isEmpty()) {
                text.append(" ← ");
            }
            text.append(t.getClass().getSimpleName());
            if (t.getMessage() != null) {
                text.append(": ").append(t.getMessage().strip());
            }
        }
        return text.toString();
    }
}
