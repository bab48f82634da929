package fr.faireess.mobility.platform.persistence;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps the demo data current: {@code db/demo} is written as if today were the week of {@link #ANCHOR}
 * (absolute dates: a closed call of 2025-2026, open calls closing in early 2027, sessions, placements,
 * consents). When a database loads the demo for the first time, every date and timestamp the demo
 * wrote is moved forward by whole weeks, so the open calls are open on the day of the load and
 * sessions stay on their weekdays. Labels such as "2026-2027" in titles, academic-year codes and
 * call years are not rewritten: after many months titles and dates may disagree.
 *
 * <p>The shift happens once, right after the load, and is recorded in {@code demo_calendar} (one
 * row) so that later demo migrations and tests can move their own literals the same way.
 */
public final class DemoCalendar {

    /** A Monday: the demo SQL reads as if it had been written during this week. */
    public static final LocalDate ANCHOR = LocalDate.of(2026, 11, 23);

    /**
     * Tables whose dates are not demo data: reference data inserted by {@code db/migration} (V2
     * campuses, programmes, study years, academic years; V3 countries), the grant rate tables (one per
     * call year, tied to the academic years' labels rather than to the calendar), Flyway's histories
     * and the calendar record itself. Lower case: H2 reports names in upper case, MySQL as created.
     */
    static final Set<String> UNSHIFTED_TABLES = Set.of(
            "campus", "programme", "study_year", "academic_year", "country",
            "grant_rate_table", "grant_rate",
            "flyway_schema_history", "flyway_demo_history", "demo_calendar");

    private DemoCalendar() {
    }

    /** Whole weeks from the anchor to {@code today}, in days; 0 up to the anchor's week included. */
    public static int shiftDays(LocalDate today) {
        long days = ChronoUnit.DAYS.between(ANCHOR, today);
        return days <= 0 ? 0 : Math.toIntExact(days / 7 * 7);
    }

    /**
     * Moves every DATE and TIMESTAMP value of the application's tables by {@code days} and records
     * the shift, in one transaction. Timestamps inside {@code [loadStart, loadEnd]} were written by
     * {@code CURRENT_TIMESTAMP} during the load (accounts' creation, for instance): they are already
     * current and stay. DATE columns are all moved: the demo writes none with {@code CURRENT_DATE}.
     *
     * @return the number of rows changed, all columns counted
     */
    static int shift(Connection connection, int days, LocalDateTime loadStart, LocalDateTime loadEnd, LocalDate today)
            throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            int changed = 0;
            if (days != 0) {
                for (DateColumn column : dateColumns(connection)) {
                    changed += column.shift(connection, days, loadStart, loadEnd);
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO demo_calendar (shift_days, loaded_on) VALUES (?, ?)")) {
                insert.setInt(1, days);
                insert.setObject(2, today);
                insert.executeUpdate();
            }
            connection.commit();
            return changed;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** The shift applied when this database loaded the demo; empty if it has no record of one. */
    public static Optional<Recorded> recorded(Connection connection) throws SQLException {
        if (findTable(connection, "demo_calendar").isEmpty()) {
            return Optional.empty();
        }
        try (PreparedStatement select = connection.prepareStatement("SELECT shift_days, loaded_on FROM demo_calendar");
             ResultSet row = select.executeQuery()) {
            return row.next()
                    ? Optional.of(new Recorded(row.getInt(1), row.getObject(2, LocalDate.class)))
                    : Optional.empty();
        }
    }

    /** What {@code demo_calendar} holds. */
    public record Recorded(int shiftDays, LocalDate loadedOn) {
    }

    /** The table's name as the database spells it (upper case on H2, as created on MySQL). */
    private static Optional<String> findTable(Connection connection, String lowerCaseName) throws SQLException {
        return tables(connection).stream().filter(t -> t.toLowerCase(Locale.ROOT).equals(lowerCaseName)).findFirst();
    }

    /** The current database's tables only (MySQL would otherwise list every database's). */
    private static List<String> tables(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        DatabaseMetaData meta = connection.getMetaData();
        try (ResultSet tables = meta.getTables(connection.getCatalog(), connection.getSchema(), "%", new String[] {"TABLE"})) {
            while (tables.next()) {
                names.add(tables.getString("TABLE_NAME"));
            }
        }
        return names;
    }

    static List<DateColumn> dateColumns(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String quote = meta.getIdentifierQuoteString().trim();
        List<DateColumn> columns = new ArrayList<>();
        for (String table : tables(connection)) {
            if (UNSHIFTED_TABLES.contains(table.toLowerCase(Locale.ROOT))) {
                continue;
            }
            try (ResultSet rs = meta.getColumns(connection.getCatalog(), connection.getSchema(), table, "%")) {
                while (rs.next()) {
                    int type = rs.getInt("DATA_TYPE");
                    if (type == Types.DATE || type == Types.TIMESTAMP) {
                        columns.add(new DateColumn(quote + table + quote, quote + rs.getString("COLUMN_NAME") + quote,
                                type == Types.TIMESTAMP));
                    }
                }
            }
        }
        return columns;
    }

    /** One column to move; names already quoted. TIMESTAMPADD reads the same on H2 and MySQL/MariaDB. */
    record DateColumn(String table, String column, boolean timestamp) {

        int shift(Connection connection, int days, LocalDateTime loadStart, LocalDateTime loadEnd) throws SQLException {
            String sql = "UPDATE " + table + " SET " + column + " = TIMESTAMPADD(DAY, ?, " + column + ") WHERE "
                    + column + " IS NOT NULL" + (timestamp ? " AND (" + column + " < ? OR " + column + " > ?)" : "");
            try (PreparedStatement update = connection.prepareStatement(sql)) {
                update.setInt(1, days);
                if (timestamp) {
                    update.setObject(2, loadStart);
                    update.setObject(3, loadEnd);
                }
                return update.executeUpdate();
            }
        }
    }
}
