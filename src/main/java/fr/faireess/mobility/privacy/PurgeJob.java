package fr.faireess.mobility.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import fr.faireess.mobility.platform.cluster.JobLock;
import fr.faireess.mobility.platform.config.SchoolTime;

/**
 * The nightly retention purge, at 03:30 Paris time. No catch-up run at start-up: nothing is urgent
 * about deleting a record a day later. Its timer is not persistent and fires on every instance of a
 * cluster: the instance that claims the job's lock ({@link JobLock}) runs it, the others skip that
 * night. Even so, {@link RetentionPurge} locks and re-judges each record, so that two runs at once
 * would still delete each record once. No transaction of its own.
 */
@Singleton
@Startup
@DependsOn("DataSourceSetup")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PurgeJob {

    private static final Logger LOG = Logger.getLogger(PurgeJob.class.getName());

    @Inject private PrivacyService privacy;
    @Inject private Clock clock;
    @Inject private JobLock lock;

    @Schedule(hour = "3", minute = "30", timezone = "Europe/Paris", persistent = false, info = "retention-purge-nightly")
    void nightly() {
        if (!lock.claimNightly(JobLock.RETENTION_PURGE)) {
            return;
        }
        LocalDate today = SchoolTime.toLocal(clock.instant()).toLocalDate();
        try {
            PurgeRun run = privacy.runAsSystem(today);
            LOG.info(() -> "Retention purge as of " + today + ": " + run.getTotal() + " record(s) deleted, "
                    + run.getFailures() + " failure(s)");
        } catch (RuntimeException e) {
            // The timer must survive: the next night tries again.
            LOG.log(Level.WARNING, "Retention purge failed; the next run will try again", e);
        }
    }
}
