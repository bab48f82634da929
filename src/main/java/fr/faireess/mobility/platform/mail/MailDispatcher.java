package fr.faireess.mobility.platform.mail;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import fr.faireess.mobility.platform.cluster.JobLock;
import fr.faireess.mobility.platform.health.OutageLog;

/**
 * Runs the sender: a round every few seconds, and one within a moment after a transaction that
 * queued a mail commits. One task, scheduled once on Payara's default managed scheduled executor,
 * ticks twice a second and does a round when one is wanted or due; an after-commit observer only
 * raises a flag. (Submitting a task from the request thread instead would carry the request's
 * invocation context into the sender thread, which Payara then fails to reset.) Not a persistent
 * EJB timer: those need a cluster store that {@code --nohazelcast} does not have.
 *
 * <p>In a cluster, one instance sends: each round first claims the outbox's {@link JobLock} (a lease
 * of {@link #LEASE}, renewed by every round of its holder); the other instances' rounds find it held
 * and do nothing, and take over once it runs out (or at once when its holder stops cleanly). A mail
 * queued on another instance therefore leaves at the holder's next round (within 5 s). Each mail row
 * is still locked while it is sent ({@link OutboxWorker#deliver}), so a holder that overran its lease
 * cannot send a mail twice.
 */
@ApplicationScoped
public class MailDispatcher {

    static final long PERIOD_NANOS = TimeUnit.SECONDS.toNanos(5);
    /**
     * While rounds fail (the database is down), one every 30 s: each try costs a few lines of Payara's
     * own pool warnings, and a mail waits a little longer only while nothing can be saved anyway.
     */
    static final long FAILING_PERIOD_NANOS = TimeUnit.SECONDS.toNanos(30);
    /** Four rounds of its holder: a late round does not lose it, a stopped holder is replaced within 20 s. */
    static final Duration LEASE = Duration.ofSeconds(20);
    private static final long TICK_MILLIS = 500;
    /** Leaves time for the schema migrations (DataSourceSetup) before the first round. */
    private static final long FIRST_TICK_MILLIS = 10_000;
    private static final Logger LOG = Logger.getLogger(MailDispatcher.class.getName());

    @Resource
    private ManagedScheduledExecutorService executor;

    @Inject
    private OutboxWorker worker;

    @Inject
    private MailService mail;

    @Inject
    private JobLock lock;

    /** While the database is down every round fails: one WARNING then, one INFO when it is back. */
    private final OutageLog outage = new OutageLog(LOG, "Mail sender (outbox round, every "
            + TimeUnit.NANOSECONDS.toSeconds(FAILING_PERIOD_NANOS) + " s while it fails)");
    private final AtomicBoolean wanted = new AtomicBoolean(true);
    private volatile long nextRoundAt;
    private ScheduledFuture<?> ticks;

    void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        ticks = executor.scheduleWithFixedDelay(this::tick, FIRST_TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
        LOG.info(() -> mail.smtpConfigured()
                ? "Mail: sending through " + mail.smtpServer()
                : "Mail: no SMTP server configured (mobility.smtp.host); mails are held in the outbox");
    }

    @PreDestroy
    void stop() {
        if (ticks != null) {
            ticks.cancel(false);
        }
        lock.release(JobLock.MAIL_OUTBOX);
    }

    /** A mail was queued and its transaction committed (or it had none): send it at the next tick. */
    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
        wanted.set(true);
    }

    /** Runs on the executor only, never twice at once (fixed delay), so it needs no lock of its own. */
    private void tick() {
        long now = System.nanoTime();
        if (!wanted.getAndSet(false) && now - nextRoundAt < 0) {
            return;
        }
        try {
            round();
            outage.succeeded();
        } catch (RuntimeException | LinkageError e) {
            // A task that throws is never scheduled again: the sender must outlive any one failure.
            outage.failed(e);
        }
        nextRoundAt = now + (outage.failing() ? FAILING_PERIOD_NANOS : PERIOD_NANOS);
    }

    private void round() {
        if (!lock.claim(JobLock.MAIL_OUTBOX, LEASE)) {
            return;
        }
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
