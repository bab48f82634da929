package fr.faireess.mobility.platform.mail;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Runs the sender: every few seconds, and right after a transaction that queued a mail commits, so
 * a mail leaves within moments. One round at a time per server; a request for a round while one
 * runs makes it go round once more. Uses Payara's default managed scheduled executor (not a
 * persistent EJB timer, which needs a cluster store that {@code --nohazelcast} does not have).
 */
@ApplicationScoped
public class MailDispatcher {

    static final long PERIOD_SECONDS = 5;
    /** Leaves time for the schema migrations (DataSourceSetup) before the first round. */
    private static final long FIRST_ROUND_SECONDS = 10;
    private static final Logger LOG = Logger.getLogger(MailDispatcher.class.getName());

    @Resource
    private ManagedScheduledExecutorService executor;

    @Inject
    private OutboxWorker worker;

    @Inject
    private MailService mail;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private ScheduledFuture<?> rounds;

    void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        rounds = executor.scheduleWithFixedDelay(this::drain, FIRST_ROUND_SECONDS, PERIOD_SECONDS, TimeUnit.SECONDS);
        LOG.info(() -> mail.smtpConfigured()
                ? "Mail: sending through " + mail.smtpServer()
                : "Mail: no SMTP server configured (mobility.smtp.host); mails are held in the outbox");
    }

    @PreDestroy
    void stop() {
        if (rounds != null) {
            rounds.cancel(false);
        }
    }

    /** A mail was queued and its transaction committed (or it had none): send it now. */
    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
        executor.execute(this::drain);
    }

    private void drain() {
        if (!running.compareAndSet(false, true)) {
            again.set(true);
            return;
        }
        try {
            do {
                again.set(false);
                round();
            } while (again.get());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Mail round failed; the next one will try again", e);
        } finally {
            running.set(false);
        }
    }

    private void round() {
        if (!mail.smtpConfigured()) {
            int held;
            do {
                held = worker.holdQueued();
            } while (held == OutboxWorker.BATCH);
            return;
        }
        for (Long id : worker.dueIds()) {
            worker.deliver(id);
        }
    }
}
