package fr.faireess.mobility.platform.cluster;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;

import fr.faireess.mobility.platform.persistence.DataSourceSetup;

/**
 * Makes a background job run once per cluster: before a run, an instance claims the job's row of
 * {@code job_lock} ({@link JobLease}); only the instance that holds the lease runs it. Time comes from
 * the application's clock. Outside any transaction: a claim is committed at once, whatever the job does.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class JobLock {

    /** The mail sender: renewed by its holder at every round (every 5 s), taken over 20 s after it stops. */
    public static final String MAIL_OUTBOX = "mail-outbox";
    public static final String RETENTION_PURGE = "retention-purge";
    public static final String CONSENT_EXPIRY = "consent-expiry";
    public static final String ACADEMIC_YEARS = "academic-years";
    /**
     * Nightly jobs: long enough that the other instances' timers, firing the same minute, find it held;
     * far shorter than a day, so that the next night is free again.
     */
    public static final Duration NIGHTLY_LEASE = Duration.ofHours(1);

    private static final Logger LOG = Logger.getLogger(JobLock.class.getName());
    /** This instance, as long as it runs: host, process and a random part (a restarted process is another owner). */
    private static final String OWNER = ManagementFactory.getRuntimeMXBean().getName() + "/"
            + UUID.randomUUID().toString().substring(0, 8);

    @Resource(lookup = DataSourceSetup.JNDI_NAME)
    private DataSource dataSource;

    @Inject
    private Clock clock;

    /** This instance's name in {@code job_lock.owner}. */
    public String owner() {
        return OWNER;
    }

    /** True when this instance holds {@code job} for {@code lease} from now; a failure to ask throws. */
    public boolean claim(String job, Duration lease) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            return JobLease.claim(connection, job, OWNER, clock.instant(), lease);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not claim the job " + job, e);
        }
    }

    /**
     * For a nightly job: true when this instance may run it now. A database that cannot be asked means
     * no run (the next night tries again), never a run on every instance.
     */
    public boolean claimNightly(String job) {
        try {
            boolean claimed = claim(job, NIGHTLY_LEASE);
            if (!claimed) {
                LOG.info(() -> "Job " + job + ": run by another instance of the cluster");
            }
            return claimed;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Job " + job + " not run: its lock could not be claimed", e);
            return false;
        }
    }

    /** Gives up {@code job} if this instance holds it (shutting down), so another takes over at once. */
    public void release(String job) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            JobLease.release(connection, job, OWNER, clock.instant());
        } catch (SQLException | RuntimeException e) {
            // Shutting down: the lease runs out by itself.
            LOG.log(Level.FINE, "Could not release " + job, e);
        }
    }
}
