package fr.faireess.mobility.platform.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;

import fr.faireess.mobility.platform.config.SchoolTime;

/**
 * Brings a database up to date: Flyway applies {@code db/migration} (schema and reference data,
 * identical on H2 and MySQL); in demo mode a second, independent history ({@code flyway_demo_history})
 * applies {@code db/demo}, so demo data is loaded once, under Flyway's lock, even when several
 * instances start together. A first load is then moved to the day of the load ({@link DemoCalendar}).
 * Plain JDBC and Flyway, no container: the server and the tests run the same code.
 */
public final class DatabaseMigrator {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

    private DatabaseMigrator() {
    }

    /** What this call did. {@code demoShiftDays} is empty unless this call loaded the demo. */
    public record Result(String schemaVersion, int schemaMigrations, int demoMigrations, Integer demoShiftDays) {
    }

    /** At start-up: today, and how far the application's clock runs ahead of the database's, from {@code clock}. */
    public static Result migrate(DataSource dataSource, boolean demo, Clock clock) {
        Duration ahead = Duration.between(Instant.now(), clock.instant()).truncatedTo(ChronoUnit.MINUTES);
        return migrate(dataSource, demo, LocalDate.now(clock.withZone(SchoolTime.ZONE)), clock.instant(), ahead);
    }

    /** With a real-time clock: what tests call. */
    public static Result migrate(DataSource dataSource, boolean demo, LocalDate today) {
        return migrate(dataSource, demo, today, Instant.now(), Duration.ZERO);
    }

    /**
     * @param now        the application's "now", for what this step stamps itself (audit of added years)
     * @param clockAhead how far the application's clock runs ahead of the database's
     */
    public static Result migrate(DataSource dataSource, boolean demo, LocalDate today, Instant now, Duration clockAhead) {
        ClassLoader loader = DatabaseMigrator.class.getClassLoader();
        var schema = Flyway.configure(loader)
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info(() -> "Schema at version " + schema.targetSchemaVersion + " (" + schema.migrationsExecuted
                + " migration(s) applied now)");
        try (Connection connection = dataSource.getConnection()) {
            AcademicYearSupply.ensure(connection, today, now);
        } catch (SQLException e) {
            throw new IllegalStateException("Academic years: " + e.getMessage(), e);
        }
        if (!demo) {
            return new Result(schema.targetSchemaVersion, schema.migrationsExecuted, 0, null);
        }
        Flyway demoFlyway = Flyway.configure(loader)
                .dataSource(dataSource)
                .locations("classpath:db/demo")
                .table("flyway_demo_history")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
        // Decided before migrating: a database that loaded the demo in an earlier start (or whose
        // load another instance is doing right now) is never shifted again.
        boolean firstLoad = Arrays.stream(demoFlyway.info().applied()).noneMatch(DatabaseMigrator::demoData);
        try {
            LocalDateTime loadStart = databaseNow(dataSource).truncatedTo(ChronoUnit.SECONDS);
            var demoResult = demoFlyway.migrate();
            // MySQL's CURRENT_TIMESTAMP has whole seconds: widen the window to the next second.
            LocalDateTime loadEnd = databaseNow(dataSource).truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
            LOG.info(() -> "Demo data: " + demoResult.migrationsExecuted + " demo migration(s) applied now");
            Integer shift = null;
            if (firstLoad && demoResult.migrationsExecuted > 0) {
                DemoCalendar.Shift moved = DemoCalendar.shiftFor(today);
                shift = moved.days();
                try (Connection connection = dataSource.getConnection()) {
                    int rows = DemoCalendar.shift(connection, moved, loadStart, loadEnd, clockAhead, today);
                    LOG.info(() -> "Demo calendar: demo loaded on " + today + ", dates moved by " + moved.days()
                            + " days from the week of " + DemoCalendar.ANCHOR + ", labels by " + moved.years()
                            + " academic year(s) (" + rows + " values)");
                }
            } else {
                logRecorded(dataSource);
            }
            return new Result(schema.targetSchemaVersion, schema.migrationsExecuted, demoResult.migrationsExecuted, shift);
        } catch (SQLException e) {
            throw new IllegalStateException("Demo calendar: " + e.getMessage(), e);
        }
    }

    private static boolean demoData(MigrationInfo applied) {
        return applied.isVersioned() && !applied.getType().isBaseline() && !applied.getType().isSynthetic();
    }

    private static void logRecorded(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            var recorded = DemoCalendar.recorded(connection);
            LOG.info(() -> recorded
                    .map(r -> "Demo calendar: demo loaded on " + r.loadedOn() + ", dates moved by " + r.shiftDays()
                            + " days, labels by " + r.shiftYears() + " academic year(s)")
                    .orElse("Demo calendar: demo loaded before the calendar was recorded, dates moved by 0 days, labels by 0 academic year(s)"));
        }
    }

    /** The database's clock in its session time zone: what {@code CURRENT_TIMESTAMP} writes. */
    private static LocalDateTime databaseNow(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT LOCALTIMESTAMP");
             ResultSet row = select.executeQuery()) {
            row.next();
            return row.getObject(1, LocalDateTime.class);
        }
    }
}
