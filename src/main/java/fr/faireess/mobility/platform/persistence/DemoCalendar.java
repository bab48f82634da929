package fr.faireess.mobility.platform.persistence;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import fr.faireess.mobility.platform.config.SchoolYear;

/**
 * Keeps the demo data current: {@code db/demo} is written as if today were the week of {@link #ANCHOR}
 * (absolute dates: a closed call of 2025-2026, open calls closing in early 2027, sessions, placements,
 * consents). When a database loads the demo for the first time, it is moved to the day of the load:
 * <ul>
 * <li>every date and timestamp the demo wrote, by whole weeks ({@link Shift#days()}), so that the open
 * calls are open on the day of the load and sessions stay on their weekdays;</li>
 * <li>its labels, by whole academic years ({@link Shift#years()}: from the anchor's academic year to
 * the load week's): academic-year codes of calls, module requirements and sessions, call years of the
 * grant rate tables, and the {@link DemoTexts} tokens of its texts (titles, descriptions, audit details);
 * testimonies' mobility years follow their placements' moved dates.</li>
 * </ul>
 * Dates move by weeks and labels by years, so a demo loaded in the spring or summer has its current
 * call's placements in the next academic year's months while its labels still name the current one.
 *
 * <p>The shift happens once, right after the load, and is recorded in {@code demo_calendar} (one
 * row) so that later demo migrations and tests can move their own literals the same way.
 */
public final class DemoCalendar {

    /** A Monday: the demo SQL reads as if it had been written during this week. */
    public static final LocalDate ANCHOR = LocalDate.of(2026, 11, 23);

    /**
     * Tables whose dates are not demo data: reference data inserted by {@code db/migration} (V2
     * campuses, programmes, study years, academic years; V3 countries), Flyway's histories and the
     * calendar record itself. Lower case: H2 reports names in upper case, MySQL as created.
     */
    static final Set<String> UNSHIFTED_TABLES = Set.of(
            "campus", "programme", "study_year", "academic_year", "country",
            "flyway_schema_history", "flyway_demo_history", "demo_calendar");

    /**
     * Labels that name an academic year or a call year: moved by {@link Shift#years()}. Codes refer to
     * {@code academic_year}, which must hold the moved ones ({@link AcademicYearSupply}).
     */
    static final List<YearColumn> YEAR_LABELS = List.of(
            new YearColumn("mobility_call", "academic_year_code", true),
            new YearColumn("module_requirement", "academic_year_code", true),
            new YearColumn("module_session", "academic_year_code", true),
            new YearColumn("grant_rate_table", "call_year", false),
            new YearColumn("budget", "call_year", false));

    private static final Set<Integer> TEXT_TYPES = Set.of(Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.CLOB,
            Types.NCHAR, Types.NVARCHAR, Types.LONGNVARCHAR, Types.NCLOB);

    private DemoCalendar() {
    }

    /** How far the demo moves: days for its dates (whole weeks), academic years for its labels. */
    public record Shift(int days, int years) {
    }

    /** Whole weeks from the anchor to {@code today}, in days; 0 up to the anchor's week included. */
    public static int shiftDays(LocalDate today) {
        long days = ChronoUnit.DAYS.between(ANCHOR, today);
        return days <= 0 ? 0 : Math.toIntExact(days / 7 * 7);
    }

    /**
     * The shift of a demo loaded on {@code today}: whole weeks for the dates, and for the labels the
     * academic years from the anchor's (2026-2027) to that of the anchor's moved week — so that the
     * demo's current academic year is the load day's.
     */
    public static Shift shiftFor(LocalDate today) {
        int days = shiftDays(today);
        return new Shift(days, SchoolYear.firstYearOf(ANCHOR.plusDays(days)) - SchoolYear.firstYearOf(ANCHOR));
    }

    /**
     * Moves the demo to the day of its load and records the shift, in one transaction: every DATE and
     * TIMESTAMP value of the application's tables by {@code shift.days()}, its labels by
     * {@code shift.years()}, its text tokens rendered. Timestamps inside {@code [loadStart, loadEnd]}
     * were written by the database's {@code CURRENT_TIMESTAMP} during the load (accounts' creation,
     * for instance): they are real-time already and only follow the application's clock when it runs
     * ahead ({@code clockAhead}). DATE columns are all moved: the demo writes none with {@code CURRENT_DATE}.
     *
     * @return the number of values changed, all columns counted
     */
    static int shift(Connection connection, Shift shift, LocalDateTime loadStart, LocalDateTime loadEnd,
                     Duration clockAhead, LocalDate today) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            int changed = 0;
            if (shift.days() != 0 || !clockAhead.isZero()) {
                for (DateColumn column : dateColumns(connection)) {
                    changed += column.shift(connection, shift.days(), loadStart, loadEnd, clockAhead.toSeconds());
                }
            }
            if (shift.years() != 0) {
                for (YearColumn column : YEAR_LABELS) {
                    changed += column.shift(connection, shift.years());
                }
                changed += DemoAgreementNumbers.follow(connection, shift.years());
            }
            changed += renderTexts(connection, shift);
            if (shift.days() != 0) {
                changed += followPlacementYears(connection);
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO demo_calendar (shift_days, shift_years, loaded_on) VALUES (?, ?, ?)")) {
                insert.setInt(1, shift.days());
                insert.setInt(2, shift.years());
                insert.setObject(3, today);
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
        try (PreparedStatement select = connection.prepareStatement("SELECT shift_days, shift_years, loaded_on FROM demo_calendar");
             ResultSet row = select.executeQuery()) {
            return row.next()
                    ? Optional.of(new Recorded(row.getInt(1), row.getInt(2), row.getObject(3, LocalDate.class)))
                    : Optional.empty();
        }
    }

    /** What {@code demo_calendar} holds. */
    public record Recorded(int shiftDays, int shiftYears, LocalDate loadedOn) {

        public Shift shift() {
            return new Shift(shiftDays, shiftYears);
        }
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

        int shift(Connection connection, int days, LocalDateTime loadStart, LocalDateTime loadEnd, long clockAheadSeconds)
                throws SQLException {
            int changed = 0;
            if (days != 0) {
                String sql = "UPDATE " + table + " SET " + column + " = TIMESTAMPADD(DAY, ?, " + column + ") WHERE "
                        + column + " IS NOT NULL" + (timestamp ? " AND (" + column + " < ? OR " + column + " > ?)" : "");
                try (PreparedStatement update = connection.prepareStatement(sql)) {
                    update.setInt(1, days);
                    if (timestamp) {
                        update.setObject(2, loadStart);
                        update.setObject(3, loadEnd);
                    }
                    changed += update.executeUpdate();
                }
            }
            if (timestamp && clockAheadSeconds != 0) {
                String sql = "UPDATE " + table + " SET " + column + " = TIMESTAMPADD(SECOND, ?, " + column + ") WHERE "
                        + column + " >= ? AND " + column + " <= ?";
                try (PreparedStatement update = connection.prepareStatement(sql)) {
                    update.setLong(1, clockAheadSeconds);
                    update.setObject(2, loadStart);
                    update.setObject(3, loadEnd);
                    changed += update.executeUpdate();
                }
            }
            return changed;
        }
    }

    /** A label naming an academic year ({@code 2026-2027}) or a call year ({@code 2026}). */
    record YearColumn(String table, String column, boolean academicYearCode) {

        /** Latest first, so that a unique label never meets the value it is about to take. */
        int shift(Connection connection, int years) throws SQLException {
            List<String> values = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT DISTINCT " + column + " FROM " + table + " WHERE " + column + " IS NOT NULL");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            // Labels only move forward (a load before the anchor moves nothing).
            values.sort(Comparator.reverseOrder());
            int changed = 0;
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE " + table + " SET " + column + " = ? WHERE " + column + " = ?")) {
                for (String value : values) {
                    if (academicYearCode) {
                        update.setString(1, SchoolYear.shift(value, years));
                        update.setString(2, value);
                    } else {
                        update.setInt(1, Integer.parseInt(value) + years);
                        update.setInt(2, Integer.parseInt(value));
                    }
                    changed += update.executeUpdate();
                }
            }
            return changed;
        }
    }

    /** Renders the {@link DemoTexts} tokens of every text column of the application's tables. */
    private static int renderTexts(Connection connection, Shift shift) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String quote = meta.getIdentifierQuoteString().trim();
        int changed = 0;
        for (String table : tables(connection)) {
            if (UNSHIFTED_TABLES.contains(table.toLowerCase(Locale.ROOT))) {
                continue;
            }
            List<String> keys = new ArrayList<>();
            try (ResultSet rs = meta.getPrimaryKeys(connection.getCatalog(), connection.getSchema(), table)) {
                while (rs.next()) {
                    keys.add(quote + rs.getString("COLUMN_NAME") + quote);
                }
            }
            List<String> texts = new ArrayList<>();
            try (ResultSet rs = meta.getColumns(connection.getCatalog(), connection.getSchema(), table, "%")) {
                while (rs.next()) {
                    if (TEXT_TYPES.contains(rs.getInt("DATA_TYPE"))) {
                        texts.add(quote + rs.getString("COLUMN_NAME") + quote);
                    }
                }
            }
            for (String column : texts) {
                changed += renderColumn(connection, quote + table + quote, column, keys, shift);
            }
        }
        return changed;
    }

    /** Row by row through the primary key (CLOB columns cannot be compared on H2); by value without one. */
    private static int renderColumn(Connection connection, String table, String column, List<String> keys, Shift shift)
            throws SQLException {
        List<String> where = keys.isEmpty() ? List.of(column) : keys;
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT " + column + ", " + String.join(", ", where)
                + " FROM " + table + " WHERE " + column + " LIKE '%{{%'");
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                Object[] row = new Object[where.size() + 1];
                row[0] = rs.getString(1);
                for (int i = 0; i < where.size(); i++) {
                    row[i + 1] = rs.getObject(i + 2);
                }
                rows.add(row);
            }
        }
        int changed = 0;
        String condition = where.stream().map(k -> k + " = ?").reduce((a, b) -> a + " AND " + b).orElseThrow();
        try (PreparedStatement update = connection.prepareStatement("UPDATE " + table + " SET " + column + " = ? WHERE " + condition)) {
            for (Object[] row : rows) {
                String text = (String) row[0];
                if (!DemoTexts.hasToken(text)) {
                    continue;
                }
                update.setString(1, DemoTexts.render(text, shift));
                for (int i = 1; i < row.length; i++) {
                    update.setObject(i + 1, row[i]);
                }
                changed += update.executeUpdate();
            }
        }
        return changed;
    }

    /**
     * A testimony's mobility year is the year its placement starts (else the period asked for), as
     * {@code TestimonyService} derives it: once those dates moved, the year follows them.
     */
    private static int followPlacementYears(Connection connection) throws SQLException {
        Map<Long, LocalDate> starts = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT a.id, a.start_on, p.actual_start, p.planned_start FROM mobility_application a"
                        + " LEFT JOIN placement p ON p.application_id = a.id AND p.state <> 'CANCELLED'"
                        + " WHERE a.id IN (SELECT t.application_id FROM testimony t WHERE t.mobility_year IS NOT NULL)");
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                LocalDate start = firstNonNull(rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class),
                        rs.getObject(2, LocalDate.class));
                if (start != null) {
                    starts.merge(rs.getLong(1), start, (a, b) -> a.isBefore(b) ? a : b);
                }
            }
        }
        int changed = 0;
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE testimony SET mobility_year = ? WHERE application_id = ? AND mobility_year IS NOT NULL")) {
            for (Map.Entry<Long, LocalDate> start : starts.entrySet()) {
                update.setInt(1, start.getValue().getYear());
                update.setLong(2, start.getKey());
                changed += update.executeUpdate();
            }
        }
        return changed;
    }

    private static LocalDate firstNonNull(LocalDate... days) {
        for (LocalDate day : days) {
            if (day != null) {
                return day;
            }
        }
        return null;
    }
}
