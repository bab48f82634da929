package fr.faireess.mobility.platform.cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

import fr.faireess.mobility.platform.persistence.SqlStates;

/**
 * The claim rule of {@code job_lock}, in plain JDBC (the same SQL on H2 and MySQL/MariaDB): an
 * instance may run a job while it holds the job's lease. A claim is one UPDATE that succeeds only when
 * the lease has run out or the claimant already holds it; the database serialises concurrent UPDATEs
 * of one row, so of two instances claiming at the same moment exactly one sees an updated row. Works
 * on a connection in auto-commit mode (each statement its own transaction, no lock held afterwards).
 */
public final class JobLease {

    private JobLease() {
    }

    /**
     * Claims {@code job} for {@code owner} until {@code now + lease}; true when this owner holds it now.
     * A job without a row gets one (the first claim of a name that no migration created).
     */
    public static boolean claim(Connection connection, String job, String owner, Instant now, Duration lease)
            throws SQLException {
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("A lease must last: " + lease);
        }
        long nowMillis = now.toEpochMilli();
        if (update(connection, job, owner, nowMillis, nowMillis + lease.toMillis()) == 1) {
            return true;
        }
        if (exists(connection, job)) {
            return false;
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO job_lock (job_name, owner, lease_until, claimed_at, claims) VALUES (?, ?, ?, ?, 1)")) {
            insert.setString(1, job);
            insert.setString(2, owner);
            insert.setLong(3, nowMillis + lease.toMillis());
            insert.setLong(4, nowMillis);
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            // Another instance inserted the row first (duplicate key): it holds the lease.
            if (SqlStates.isConstraintViolation(e)) {
                return false;
            }
            throw e;
        }
    }

    /** Gives the lease up at once if {@code owner} holds it (an instance shutting down), so another may take over. */
    public static void release(Connection connection, String job, String owner, Instant now) throws SQLException {
        try (PreparedStatement release = connection.prepareStatement(
                "UPDATE job_lock SET lease_until = ? WHERE job_name = ? AND owner = ? AND lease_until > ?")) {
            release.setLong(1, now.toEpochMilli());
            release.setString(2, job);
            release.setString(3, owner);
            release.setLong(4, now.toEpochMilli());
            release.executeUpdate();
        }
    }

    private static int update(Connection connection, String job, String owner, long nowMillis, long leaseUntil)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE job_lock SET owner = ?, lease_until = ?, claimed_at = ?, claims = claims + 1
                 WHERE job_name = ? AND (lease_until <= ? OR owner = ?)""")) {
            update.setString(1, owner);
            update.setLong(2, leaseUntil);
            update.setLong(3, nowMillis);
            update.setString(4, job);
            update.setLong(5, nowMillis);
            update.setString(6, owner);
            return update.executeUpdate();
        }
    }

    private static boolean exists(Connection connection, String job) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM job_lock WHERE job_name = ?")) {
            select.setString(1, job);
            try (var rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }
}
