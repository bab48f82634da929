package fr.faireess.mobility.testimony;

import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import fr.faireess.mobility.platform.cluster.JobLock;
import fr.faireess.mobility.platform.config.SchoolTime;

/**
 * The nightly job that unpublishes testimonies whose consent period has ended: every day at 00:10,
 * Paris time, and once shortly after start-up (in case the server was down at that time). Its
 * timers are not persistent and fire on every instance of a cluster: a run starts only on the
 * instance that claims the job's lock ({@link JobLock}; the others skip it, a catch-up too when
 * another instance ran the job within the hour). {@link ConsentExpiry#settle} still locks and
 * re-checks each testimony, so that two runs at once would have the outcome of one. No transaction
 * of its own: each testimony is settled in its own.
 */
@Singleton
@Startup
@DependsOn("DataSourceSetup")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ConsentExpiryJob {

    /** Leaves the server time to finish starting (and the schema time to be migrated) before the catch-up run. */
    static final long CATCH_UP_DELAY_MILLIS = 20_000;
    private static final Logger LOG = Logger.getLogger(ConsentExpiryJob.class.getName());

    @Resource private TimerService timers;
    @Inject private ConsentExpiry expiry;
    @Inject private Clock clock;
    @Inject private JobLock lock;

    @PostConstruct
    void scheduleCatchUp() {
        timers.createSingleActionTimer(CATCH_UP_DELAY_MILLIS, new TimerConfig("consent-expiry-catch-up", false));
    }

    @Schedule(hour = "0", minute = "10", timezone = "Europe/Paris", persistent = false, info = "consent-expiry-nightly")
    void nightly() {
        runSafely();
    }

    @Timeout
    void catchUp() {
        runSafely();
    }

    /** Unpublishes what has to be as of {@code today} (Paris); returns how many testimonies were unpublished. */
    public int unpublishExpired(LocalDate today) {
        int unpublished = 0;
        for (Long id : expiry.due(today)) {
            try {
                if (expiry.settle(id, today)) {
                    unpublished++;
                }
            } catch (RuntimeException e) {
                // One testimony that cannot be settled (a lock timeout...) must not hold up the others.
                LOG.log(Level.WARNING, "Consent expiry: testimony " + id + " not settled; the next run will try again", e);
            }
        }
        return unpublished;
    }

    private void runSafely() {
        if (!lock.claimNightly(JobLock.CONSENT_EXPIRY)) {
            return;
        }
        LocalDate today = SchoolTime.toLocal(clock.instant()).toLocalDate();
        try {
            int count = unpublishExpired(today);
            if (count > 0) {
                LOG.info(() -> "Consent expiry: " + count + " testimony(ies) unpublished as of " + today);
            }
        } catch (RuntimeException e) {
            // One failing testimony must not stop the timer: the next run tries again.
            LOG.log(Level.WARNING, "Consent expiry run failed; the next run will try again", e);
        }
    }
}
