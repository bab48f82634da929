package fr.faireess.mobility.platform.api;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;

import fr.faireess.mobility.platform.config.Settings;
import fr.faireess.mobility.platform.persistence.DataSourceSetup;
import fr.faireess.mobility.platform.persistence.SqlStates;

/**
 * One {@link TokenBucket} per API client ({@code MOBILITY_API_RATE_PER_MINUTE} calls a minute each),
 * kept in the database ({@code api_rate_bucket}) so that every instance of a cluster counts the same
 * calls: behind a load balancer a client gets its rate once, not once per instance. A call locks the
 * client's row for the few milliseconds of reading and writing it, in a transaction of its own
 * (outside the request's). A database that cannot be asked lets the call
 * through (the call itself then meets the outage): the limit never turns an outage into 429s.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class RateLimiter {

    private static final Logger LOG = Logger.getLogger(RateLimiter.class.getName());
    private final int perMinute = Settings.fromConfig().apiRatePerMinute();

    @Resource(lookup = DataSourceSetup.JNDI_NAME)
    private DataSource dataSource;

    @Inject
    private Clock clock;

    /** Empty when the client may call now; otherwise the seconds it should wait. */
    public OptionalLong take(long clientId) {
        return take(clientId, perMinute, clock::millis);
    }

    /** The same with a given rate and time (the tests' fixed instant). */
    public OptionalLong take(long clientId, int perMinute, LongSupplier now) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                OptionalLong wait = take(connection, clientId, perMinute, now);
                connection.commit();
                return wait;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "API rate of client " + clientId + " not counted: the database did not answer", e);
            return OptionalLong.empty();
        }
    }

    /**
     * In one short transaction: the client's row is read with a lock ({@code FOR UPDATE}), so the
     * calls of one client, from any instance, take their tokens one after the other.
     */
    private static OptionalLong take(Connection connection, long clientId, int perMinute, LongSupplier now)
            throws SQLException {
        Optional<TokenBucket> stored = readLocked(connection, clientId);
        if (stored.isEmpty()) {
            // The client's first call: a full bucket is stored first, on its own, so that no lock on
            // the missing row (MariaDB locks the gap) is held while inserting — two first calls at
            // once would deadlock. Another instance's first call may store it first: either will do.
            connection.rollback();
            insertIfMissing(connection, clientId, TokenBucket.full(perMinute, now.getAsLong()));
            connection.commit();
            stored = readLocked(connection, clientId);
        }
        TokenBucket.Take take = stored.orElseThrow(() -> new SQLException("api_rate_bucket has no row for client " + clientId))
                .take(perMinute, now.getAsLong());
        if (take.allowed()) {
            update(connection, clientId, take.after().orElseThrow());
        }
        return take.waitSeconds();
    }

    private static Optional<TokenBucket> readLocked(Connection connection, long clientId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT tokens, refilled_at FROM api_rate_bucket WHERE client_id = ? FOR UPDATE")) {
            select.setLong(1, clientId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(new TokenBucket(rows.getDouble(1), rows.getLong(2))) : Optional.empty();
            }
        }
    }

    private static void insertIfMissing(Connection connection, long clientId, TokenBucket bucket) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO api_rate_bucket (client_id, tokens, refilled_at) VALUES (?, ?, ?)")) {
            insert.setLong(1, clientId);
            insert.setDouble(2, bucket.tokens());
            insert.setLong(3, bucket.atMillis());
            insert.executeUpdate();
        } catch (SQLException e) {
            if (!SqlStates.isConstraintViolation(e)) {
                throw e;
            }
            // Duplicate key: the row is there.
        }
    }

    private static void update(Connection connection, long clientId, TokenBucket bucket) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE api_rate_bucket SET tokens = ?, refilled_at = ? WHERE client_id = ?")) {
            update.setDouble(1, bucket.tokens());
            update.setLong(2, bucket.atMillis());
            update.setLong(3, clientId);
            update.executeUpdate();
        }
    }
}
