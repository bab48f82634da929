package fr.faireess.mobility.platform.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The claim rule of job_lock on the migration's own table (in-memory H2, the mode the application uses). */
class JobLeaseTest {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final Instant T0 = Instant.parse("2026-11-23T02:30:00Z");
    private static final Duration LEASE = Duration.ofSeconds(20);

    private String url;
    private Connection keepAlive;

    @BeforeEach
    void createTable() throws Exception {
        url = "jdbc:h2:mem:joblease" + DATABASES.incrementAndGet() + ";MODE=LEGACY;DB_CLOSE_DELAY=-1";
        keepAlive = DriverManager.getConnection(url, "sa", "");
        String migration;
        try (var in = getClass().getResourceAsStream("/db/migration/V48__job_lock.sql")) {
            migration = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Statement statement = keepAlive.createStatement()) {
            for (String sql : migration.replaceAll("(?m)^--.*$", "").split(";")) {
                if (!sql.isBlank()) {
                    statement.execute(sql);
                }
            }
        }
    }

    @AfterEach
    void close() throws SQLException {
        try (Statement statement = keepAlive.createStatement()) {
            statement.execute("SHUTDOWN");
        }
        keepAlive.close();
    }

    @Test
    void theFirstClaimantHoldsTheJobUntilItsLeaseRunsOut() throws SQLException {
        assertTrue(JobLease.claim(keepAlive, JobLock.MAIL_OUTBOX, "a", T0, LEASE));
        assertFalse(JobLease.claim(keepAlive, JobLock.MAIL_OUTBOX, "b", T0.plusSeconds(1), LEASE));
        assertFalse(JobLease.claim(keepAlive, JobLock.MAIL_OUTBOX, "b", T0.plusSeconds(19), LEASE));
        assertTrue(JobLease.claim(keepAlive, JobLock.MAIL_OUTBOX, "b", T0.plusSeconds(20), LEASE), "free once the lease ran out");
        assertFalse(JobLease.claim(keepAlive, JobLock.MAIL_OUTBOX, "a", T0.plusSeconds(21), LEASE));
        assertEquals("b", owner(JobLock.MAIL_OUTBOX));
        assertEquals(2, claims(JobLock.MAIL_OUTBOX));
    }

    @Test
    void theHolderRenewsItsOwnLease() throws SQLException {
        assertTrue(JobLease.claim(keepAlive, JobLock.MAIL_OUTBOX, "a", T0, LEASE));
        assertTrue(JobLease.claim(keepAlive, JobLock.MAIL_OUTBOX, "a", T0.plusSeconds(15), LEASE));
        assertFalse(JobLease.claim(keepAlive, JobLock.MAIL_OUTBOX, "b", T0.plusSeconds(25), LEASE),
                "renewed at 15 s, held until 35 s");
        assertTrue(JobLease.claim(keepAlive, JobLock.MAIL_OUTBOX, "b", T0.plusSeconds(35), LEASE));
    }

    @Test
    void aReleasedJobIsFreeAtOnceButOnlyItsHolderReleasesIt() throws SQLException {
        assertTrue(JobLease.claim(keepAlive, JobLock.MAIL_OUTBOX, "a", T0, LEASE));
        JobLease.release(keepAlive, JobLock.MAIL_OUTBOX, "b", T0.plusSeconds(1));
        assertFalse(JobLease.claim(keepAlive, JobLock.MAIL_OUTBOX, "b", T0.plusSeconds(2), LEASE), "b cannot release a's lease");
        JobLease.release(keepAlive, JobLock.MAIL_OUTBOX, "a", T0.plusSeconds(3));
        assertTrue(JobLease.claim(keepAlive, JobLock.MAIL_OUTBOX, "b", T0.plusSeconds(3), LEASE));
    }

    @Test
    void aNightlyJobRunsOnceANightWhateverTheNumberOfInstances() throws SQLException {
        Duration nightly = JobLock.NIGHTLY_LEASE;
        assertTrue(JobLease.claim(keepAlive, JobLock.RETENTION_PURGE, "a", T0, nightly));
        assertFalse(JobLease.claim(keepAlive, JobLock.RETENTION_PURGE, "b", T0.plusMillis(300), nightly));
        assertFalse(JobLease.claim(keepAlive, JobLock.RETENTION_PURGE, "c", T0.plusSeconds(59), nightly));
        assertTrue(JobLease.claim(keepAlive, JobLock.RETENTION_PURGE, "b", T0.plus(Duration.ofDays(1)), nightly));
        assertEquals(2, claims(JobLock.RETENTION_PURGE));
    }

    @Test
    void aJobWithoutARowGetsOneAtItsFirstClaim() throws SQLException {
        assertTrue(JobLease.claim(keepAlive, "another-job", "a", T0, LEASE));
        assertFalse(JobLease.claim(keepAlive, "another-job", "b", T0, LEASE));
        assertEquals(1, claims("another-job"));
    }

    @Test
    void aLeaseMustLast() {
        assertThrows(IllegalArgumentException.class,
                () -> JobLease.claim(keepAlive, JobLock.MAIL_OUTBOX, "a", T0, Duration.ZERO));
    }

    /** Eight instances claim the same job at the same instant, each on its own connection: one wins. */
    @Test
    void ofManyConcurrentClaimantsExactlyOneWins() throws Exception {
        for (String job : List.of(JobLock.CONSENT_EXPIRY, "a-job-without-a-row")) {
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Callable<Boolean>> claimants = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    String owner = "instance-" + i;
                    claimants.add(() -> {
                        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
                            return JobLease.claim(connection, job, owner, T0, JobLock.NIGHTLY_LEASE);
                        }
                    });
                }
                int won = 0;
                for (Future<Boolean> result : pool.invokeAll(claimants)) {
                    won += result.get() ? 1 : 0;
                }
                assertEquals(1, won, job);
                assertEquals(1, claims(job), job);
            } finally {
                pool.shutdown();
            }
        }
    }

    private String owner(String job) throws SQLException {
        try (var rows = keepAlive.createStatement().executeQuery("SELECT owner FROM job_lock WHERE job_name = '" + job + "'")) {
            rows.next();
            return rows.getString(1);
        }
    }

    private long claims(String job) throws SQLException {
        try (var rows = keepAlive.createStatement().executeQuery("SELECT claims FROM job_lock WHERE job_name = '" + job + "'")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
