package fr.faireess.mobility.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.mysql.cj.jdbc.MysqlDataSource;

/**
 * The migrations and the demo calendar on a real, empty database, without a server: an in-memory H2
 * database in MODE=LEGACY always, and a MySQL/MariaDB database {@code calendar_check} (created and
 * dropped here) when {@code TEST_MYSQL_URL} names a server, e.g.
 * {@code jdbc:mysql://127.0.0.1:3306/?user=root&sslMode=DISABLED}.
 */
class DatabaseMigratorTest {

    private static final String MYSQL_URL = System.getenv("TEST_MYSQL_URL");
    private static final AtomicInteger H2_DATABASES = new AtomicInteger();
    private static final LocalDate TWENTY_WEEKS_ON = DemoCalendar.ANCHOR.plusWeeks(20).plusDays(3);
    private static final String MAIN_CALL = "Stages Erasmus+ 2026-2027 — appel principal";
    private static final String SESSION = "Décentration : mes évidences professionnelles";
    private static final LocalDateTime SESSION_AS_WRITTEN = LocalDateTime.parse("2025-10-07T09:30:00");

    private final List<Runnable> cleanUps = new ArrayList<>();

    static Stream<String> databases() {
        return MYSQL_URL == null || MYSQL_URL.isBlank() ? Stream.of("h2") : Stream.of("h2", "mysql");
    }

    @AfterEach
    void dropDatabases() {
        cleanUps.forEach(Runnable::run);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aDemoLoadedTwentyWeeksAfterTheAnchorIsMovedByTwentyWeeksOnce(String vendor) throws SQLException {
        DataSource db = emptyDatabase(vendor);
        LocalDateTime before = now(db).truncatedTo(ChronoUnit.SECONDS);

        DatabaseMigrator.Result first = DatabaseMigrator.migrate(db, true, TWENTY_WEEKS_ON);

        assertThat(first.demoShiftDays()).isEqualTo(140);
        LocalDateTime noon = TWENTY_WEEKS_ON.atTime(12, 0);
        assertThat(timestamp(db, "SELECT opens_at FROM mobility_call WHERE title = ?", MAIN_CALL)).isBefore(noon);
        assertThat(timestamp(db, "SELECT closes_at FROM mobility_call WHERE title = ?", MAIN_CALL))
                .as("the demo's main call is open on the day of the load").isAfter(noon);
        LocalDateTime session = timestamp(db, "SELECT starts_at FROM module_session WHERE title = ?", SESSION);
        assertThat(session).isEqualTo(SESSION_AS_WRITTEN.plusDays(140));
        assertThat(session.getDayOfWeek()).isEqualTo(SESSION_AS_WRITTEN.getDayOfWeek());
        assertThat(date(db, "SELECT actual_end FROM placement p JOIN account s ON s.id = p.student_id WHERE s.email = ?",
                "nathan.martinez@etudiant.faire-ess.fr")).as("a DATE column").isEqualTo(LocalDate.of(2026, 4, 10).plusDays(140));
        assertThat(timestamp(db, "SELECT created_at FROM account WHERE email = ?", "sophie.martin@faire-ess.fr"))
                .as("written by CURRENT_TIMESTAMP during the load").isBetween(before, now(db).plusSeconds(1));
        assertThat(date(db, "SELECT starts_on FROM academic_year WHERE code = ?", "2026-2027"))
                .as("reference data").isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(timestamp(db, "SELECT created_at FROM grant_rate_table WHERE call_year = ?", 2025))
                .as("rate tables move with the demo").isEqualTo(LocalDateTime.parse("2025-06-12T09:00:00").plusDays(140));
        assertThat(string(db, "SELECT academic_year_code FROM mobility_call WHERE title = ?", MAIN_CALL))
                .as("still in the academic year 2026-2027: no label moves").isEqualTo("2026-2027");
        assertThat(recorded(db)).contains(new DemoCalendar.Recorded(140, 0, TWENTY_WEEKS_ON));

        DatabaseMigrator.Result again = DatabaseMigrator.migrate(db, true, TWENTY_WEEKS_ON.plusWeeks(10));

        assertThat(again.demoMigrations()).isZero();
        assertThat(again.demoShiftDays()).isNull();
        assertThat(timestamp(db, "SELECT starts_at FROM module_session WHERE title = ?", SESSION))
                .as("loaded once, moved once").isEqualTo(SESSION_AS_WRITTEN.plusDays(140));
        assertThat(recorded(db)).contains(new DemoCalendar.Recorded(140, 0, TWENTY_WEEKS_ON));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aDemoLoadedAYearAndMoreLaterMovesItsLabelsWithItsDates(String vendor) throws SQLException {
        DataSource db = emptyDatabase(vendor);
        LocalDate today = LocalDate.of(2028, 1, 8);

        DatabaseMigrator.Result result = DatabaseMigrator.migrate(db, true, today);

        int days = result.demoShiftDays();
        assertThat(days).isEqualTo(406);
        String mainCall = "Stages Erasmus+ 2027-2028 — appel principal";
        LocalDateTime noon = today.atTime(12, 0);
        assertThat(timestamp(db, "SELECT closes_at FROM mobility_call WHERE title = ?", mainCall)).isAfter(noon);
        assertThat(string(db, "SELECT academic_year_code FROM mobility_call WHERE title = ?", mainCall)).isEqualTo("2027-2028");
        assertThat(string(db, "SELECT academic_year_code FROM mobility_call WHERE title = ?",
                "Stages Erasmus+ 2026-2027 — second semestre")).isEqualTo("2026-2027");
        assertThat(string(db, "SELECT description FROM mobility_call WHERE title = ?", mainCall))
                .as("months quoted in a text follow the dates").contains("entre mars 2028 et octobre 2028")
                .contains("le vendredi 14 janvier à 17 h");
        assertThat(string(db, "SELECT MIN(academic_year_code) FROM module_session WHERE title <> ?", "")).isEqualTo("2026-2027");
        assertThat(string(db, "SELECT MAX(academic_year_code) FROM module_requirement WHERE study_year > ?", 0)).isEqualTo("2027-2028");
        assertThat(string(db, "SELECT agreement_number FROM grant_rate_table WHERE call_year = ?", 2026))
                .as("the locked table of the closed call's year").startsWith("2026-1-FR01-KA131");
        assertThat(string(db, "SELECT MAX(code) FROM academic_year WHERE code <> ?", ""))
                .as("the year after the current one exists").isEqualTo("2028-2029");
        assertThat(testimonyYearsAgainstPlacements(db)).as("a testimony's year is its placement's, once moved")
                .isNotEmpty().allSatisfy(years -> assertThat(years[0]).isEqualTo(years[1]));
        assertThat(recorded(db)).contains(new DemoCalendar.Recorded(406, 1, today));
        assertThat(tokensLeft(db)).as("every token rendered").isEmpty();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aDemoLoadedInTheAnchorsWeekStaysAsWritten(String vendor) throws SQLException {
        DataSource db = emptyDatabase(vendor);

        DatabaseMigrator.Result result = DatabaseMigrator.migrate(db, true, DemoCalendar.ANCHOR.plusDays(6));

        assertThat(result.demoShiftDays()).isZero();
        assertThat(timestamp(db, "SELECT starts_at FROM module_session WHERE title = ?", SESSION)).isEqualTo(SESSION_AS_WRITTEN);
        assertThat(timestamp(db, "SELECT closes_at FROM mobility_call WHERE title = ?", MAIN_CALL))
                .isEqualTo(LocalDateTime.parse("2027-01-31T22:59:00"));
        assertThat(recorded(db)).contains(new DemoCalendar.Recorded(0, 0, DemoCalendar.ANCHOR.plusDays(6)));
        assertThat(string(db, "SELECT description FROM mobility_call WHERE title = ?", MAIN_CALL))
                .as("tokens rendered even when nothing moves").contains("entre février 2027 et août 2027")
                .contains("le vendredi 4 décembre à 17 h");
        assertThat(tokensLeft(db)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void withoutTheDemoThereIsNoDemoData(String vendor) throws SQLException {
        DataSource db = emptyDatabase(vendor);

        DatabaseMigrator.Result result = DatabaseMigrator.migrate(db, false, TWENTY_WEEKS_ON);

        assertThat(result.schemaMigrations()).isPositive();
        assertThat(result.demoShiftDays()).isNull();
        assertThat(recorded(db)).isEmpty();
        assertThat(timestamp(db, "SELECT MIN(starts_at) FROM module_session WHERE title <> ?", "")).isNull();
    }

    /**
     * V57 on a database that had one rate table per call year: each table goes to the beneficiary
     * budgeted that year (the one whose budget has the table's number), the others budgeted that
     * year get a copy (rates, travel bands, lock) under their own number, and a year nobody is
     * budgeted for goes to a default beneficiary of every campus — no table, rate or band lost.
     */
    @ParameterizedTest
    @MethodSource("databases")
    void v57MovesEachRateTableToItsBeneficiaryWithoutLosingAny(String vendor) throws SQLException {
        DataSource db = emptyDatabase(vendor);
        org.flywaydb.core.Flyway.configure(getClass().getClassLoader()).dataSource(db).locations("classpath:db/migration")
                .target("55").load().migrate();
        execute(db, "INSERT INTO beneficiary (name, kind, created_at, updated_at, version) VALUES"
                + " ('Ecole A', 'SCHOOL', '2030-01-01 00:00:00', '2030-01-01 00:00:00', 0),"
                + " ('Ecole B', 'SCHOOL', '2030-01-01 00:00:00', '2030-01-01 00:00:00', 0)");
        execute(db, "INSERT INTO beneficiary_campus (beneficiary_id, campus_code) SELECT id, 'PERPIGNAN' FROM beneficiary WHERE name = 'Ecole A'");
        execute(db, "INSERT INTO beneficiary_campus (beneficiary_id, campus_code) SELECT id, 'MONTPELLIER' FROM beneficiary WHERE name = 'Ecole B'");
        // B's budget first (lower id), A's with the table's number: the table is A's all the same.
        execute(db, "INSERT INTO budget (beneficiary_id, call_year, agreement_number, awarded, created_at, updated_at, version)"
                + " SELECT id, 2030, CASE WHEN name = 'Ecole A' THEN 'A-1' ELSE 'B-1' END, 1000.00, '2030-01-01 00:00:00',"
                + " '2030-01-01 00:00:00', 0 FROM beneficiary ORDER BY name DESC");
        execute(db, "INSERT INTO grant_rate_table (call_year, agreement_number, traineeship_top_up, fewer_opportunities_top_up,"
                + " green_travel_top_up, green_travel_days, locked_at, locked_by, created_at, updated_at, version) VALUES"
                + " (2030, 'A-1', 150, 250, 50, 4, '2030-02-01 00:00:00', 'admin@x', '2030-01-01 00:00:00', '2030-02-01 00:00:00', 3),"
                + " (2031, 'C-1', 150, 250, 50, 4, NULL, NULL, '2031-01-01 00:00:00', '2031-01-01 00:00:00', 0)");
        execute(db, "INSERT INTO grant_rate (table_id, erasmus_group, min_monthly, max_monthly, monthly_rate)"
                + " SELECT id, 'GROUP_2', 750, 820, CASE WHEN call_year = 2030 THEN 777 ELSE 760 END FROM grant_rate_table");
        execute(db, "INSERT INTO grant_travel_band (table_id, band, standard_amount, green_amount)"
                + " SELECT id, 'KM_100_499', 211, 285 FROM grant_rate_table");

        DatabaseMigrator.migrate(db, false, TWENTY_WEEKS_ON);

        assertThat(string(db, "SELECT b.name FROM grant_rate_table t JOIN beneficiary b ON b.id = t.beneficiary_id"
                + " WHERE t.call_year = 2030 AND t.agreement_number = ?", "A-1")).isEqualTo("Ecole A");
        assertThat(string(db, "SELECT t.locked_by FROM grant_rate_table t JOIN beneficiary b ON b.id = t.beneficiary_id"
                + " WHERE t.call_year = 2030 AND b.name = ?", "Ecole B")).as("B's copy, locked like the original").isEqualTo("admin@x");
        assertThat(string(db, "SELECT t.agreement_number FROM grant_rate_table t JOIN beneficiary b ON b.id = t.beneficiary_id"
                + " WHERE t.call_year = 2030 AND b.name = ?", "Ecole B")).isEqualTo("B-1");
        assertThat(one(db, "SELECT r.monthly_rate FROM grant_rate r JOIN grant_rate_table t ON t.id = r.table_id"
                + " JOIN beneficiary b ON b.id = t.beneficiary_id WHERE t.call_year = 2030 AND b.name = ?", "Ecole B", Integer.class))
                .isEqualTo(777);
        assertThat(one(db, "SELECT COUNT(*) FROM grant_travel_band g JOIN grant_rate_table t ON t.id = g.table_id"
                + " WHERE t.call_year = ?", 2030, Long.class)).isEqualTo(2L);
        assertThat(string(db, "SELECT b.name FROM grant_rate_table t JOIN beneficiary b ON b.id = t.beneficiary_id"
                + " WHERE t.call_year = ?", 2031)).isEqualTo("Bénéficiaire par défaut");
        assertThat(one(db, "SELECT COUNT(*) FROM beneficiary_campus c JOIN beneficiary b ON b.id = c.beneficiary_id"
                + " WHERE b.name = ?", "Bénéficiaire par défaut", Long.class))
                .isEqualTo(one(db, "SELECT COUNT(*) FROM campus WHERE code <> ?", "", Long.class));
        assertThat(one(db, "SELECT COUNT(*) FROM grant_rate_table WHERE beneficiary_id IS NULL OR call_year > ?", 0, Long.class))
                .as("every table has its beneficiary").isEqualTo(3L);
        assertThat(one(db, "SELECT COUNT(*) FROM grant_rate_table WHERE beneficiary_id IS NULL AND call_year > ?", 0, Long.class))
                .isZero();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void theDemoHasTheConsortiumsTableOneYearAndEachSchoolsTheNext(String vendor) throws SQLException {
        DataSource db = emptyDatabase(vendor);
        DatabaseMigrator.migrate(db, true, TWENTY_WEEKS_ON);

        assertThat(one(db, "SELECT COUNT(*) FROM grant_rate_table WHERE beneficiary_id IS NULL AND call_year > ?", 0, Long.class))
                .isZero();
        assertThat(string(db, "SELECT b.name FROM grant_rate_table t JOIN beneficiary b ON b.id = t.beneficiary_id"
                + " WHERE t.locked_at IS NOT NULL AND t.call_year > ?", 0)).isEqualTo("FAIRE-ESS (consortium)");
        int next = one(db, "SELECT MIN(call_year) + 1 FROM grant_rate_table WHERE call_year > ?", 0, Integer.class);
        List<String> owners = new ArrayList<>();
        try (Connection connection = db.getConnection(); PreparedStatement select = connection.prepareStatement(
                "SELECT b.name, g.agreement_number FROM budget g JOIN beneficiary b ON b.id = g.beneficiary_id"
                        + " JOIN grant_rate_table t ON t.beneficiary_id = b.id AND t.call_year = g.call_year"
                        + " WHERE g.call_year = ? ORDER BY b.name")) {
            select.setInt(1, next);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    owners.add(rows.getString(1) + " " + rows.getString(2));
                }
            }
        }
        assertThat(owners).containsExactly("IRTS Montpellier " + next + "-1-FR01-KA131-HED-000099003",
                "IRTS Perpignan " + next + "-1-FR01-KA131-HED-000099002");
        assertThat(tokensLeft(db)).isEmpty();
    }

    /** A demo loaded before V57: V57 gives both tables to the consortium, then D24 hands the next year to the schools. */
    @ParameterizedTest
    @MethodSource("databases")
    void aDemoLoadedBeforeV57EndsAsOneLoadedAfter(String vendor) throws SQLException {
        DataSource db = emptyDatabase(vendor);
        ClassLoader loader = getClass().getClassLoader();
        org.flywaydb.core.Flyway.configure(loader).dataSource(db).locations("classpath:db/migration").target("55").load().migrate();
        org.flywaydb.core.Flyway.configure(loader).dataSource(db).locations("classpath:db/demo").table("flyway_demo_history")
                .baselineOnMigrate(true).baselineVersion("0").target("23").load().migrate();
        assertThat(one(db, "SELECT COUNT(*) FROM grant_rate_table WHERE call_year > ?", 0, Long.class)).isEqualTo(2L);

        DatabaseMigrator.migrate(db, true, TWENTY_WEEKS_ON);

        int first = one(db, "SELECT MIN(call_year) FROM grant_rate_table WHERE call_year > ?", 0, Integer.class);
        assertThat(string(db, "SELECT b.name FROM grant_rate_table t JOIN beneficiary b ON b.id = t.beneficiary_id"
                + " WHERE t.call_year = ?", first)).isEqualTo("FAIRE-ESS (consortium)");
        List<String> next = new ArrayList<>();
        try (Connection connection = db.getConnection(); PreparedStatement select = connection.prepareStatement(
                "SELECT b.name FROM grant_rate_table t JOIN beneficiary b ON b.id = t.beneficiary_id WHERE t.call_year = ?"
                        + " ORDER BY b.name")) {
            select.setInt(1, first + 1);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    next.add(rows.getString(1));
                }
            }
        }
        assertThat(next).containsExactly("IRTS Montpellier", "IRTS Perpignan");
        assertThat(one(db, "SELECT COUNT(*) FROM budget g JOIN beneficiary b ON b.id = g.beneficiary_id"
                + " WHERE b.name = ?", "FAIRE-ESS (consortium)", Long.class)).isEqualTo(1L);
        assertThat(one(db, "SELECT COUNT(*) FROM beneficiary WHERE name = ?", "Bénéficiaire par défaut", Long.class)).isZero();
        // This test loads the demo without the calendar step (which renders the first load's tokens):
        // what D24 writes itself holds none, so a later load leaves none either.
        assertThat(one(db, "SELECT COUNT(*) FROM budget g JOIN beneficiary b ON b.id = g.beneficiary_id"
                + " WHERE b.name LIKE 'IRTS%' AND (g.agreement_number LIKE ? OR g.agreement_number IS NULL)", "%{{%", Long.class))
                .isZero();
        assertThat(one(db, "SELECT COUNT(*) FROM audit_entry WHERE detail LIKE ? AND action IN ('BUDGET_SAVED',"
                + " 'BENEFICIARY_CREATED') AND detail LIKE '%IRTS%'", "%{{%", Long.class)).isZero();
    }

    private DataSource emptyDatabase(String vendor) throws SQLException {
        if (vendor.equals("h2")) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL("jdbc:h2:mem:calendar" + H2_DATABASES.incrementAndGet() + ";MODE=LEGACY;DB_CLOSE_DELAY=-1");
            cleanUps.add(() -> execute(h2, "SHUTDOWN"));
            return h2;
        }
        int query = MYSQL_URL.indexOf('?');
        String server = query < 0 ? MYSQL_URL : MYSQL_URL.substring(0, query);
        String parameters = query < 0 ? "" : MYSQL_URL.substring(query);
        try (Connection connection = DriverManager.getConnection(MYSQL_URL); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS calendar_check");
            statement.execute("CREATE DATABASE calendar_check CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        MysqlDataSource mysql = new MysqlDataSource();
        mysql.setURL(server.substring(0, server.lastIndexOf('/') + 1) + "calendar_check" + parameters);
        cleanUps.add(() -> execute(mysql, "DROP DATABASE calendar_check"));
        return mysql;
    }

    private static void execute(DataSource db, String sql) {
        try (Connection connection = db.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every text value of the application's tables still holding a {{…}} token. */
    private static List<String> tokensLeft(DataSource db) throws SQLException {
        List<String> left = new ArrayList<>();
        try (Connection connection = db.getConnection()) {
            var meta = connection.getMetaData();
            try (ResultSet columns = meta.getColumns(connection.getCatalog(), connection.getSchema(), "%", "%")) {
                List<String[]> texts = new ArrayList<>();
                while (columns.next()) {
                    int type = columns.getInt("DATA_TYPE");
                    if (type == java.sql.Types.VARCHAR || type == java.sql.Types.CLOB || type == java.sql.Types.LONGVARCHAR) {
                        texts.add(new String[] {columns.getString("TABLE_NAME"), columns.getString("COLUMN_NAME")});
                    }
                }
                String quote = meta.getIdentifierQuoteString().trim();
                for (String[] text : texts) {
                    if (text[0].toLowerCase(java.util.Locale.ROOT).startsWith("flyway")) {
                        continue;
                    }
                    try (Statement statement = connection.createStatement();
                         ResultSet rows = statement.executeQuery("SELECT " + quote + text[1] + quote + " FROM " + quote + text[0]
                                 + quote + " WHERE " + quote + text[1] + quote + " LIKE '%{{%'")) {
                        while (rows.next()) {
                            left.add(text[0] + "." + text[1] + ": " + rows.getString(1));
                        }
                    }
                }
            }
        }
        return left;
    }

    private static java.util.Optional<DemoCalendar.Recorded> recorded(DataSource db) throws SQLException {
        try (Connection connection = db.getConnection()) {
            return DemoCalendar.recorded(connection);
        }
    }

    private static LocalDateTime now(DataSource db) throws SQLException {
        try (Connection connection = db.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT LOCALTIMESTAMP")) {
            row.next();
            return row.getObject(1, LocalDateTime.class);
        }
    }

    private static LocalDateTime timestamp(DataSource db, String sql, Object parameter) throws SQLException {
        return one(db, sql, parameter, LocalDateTime.class);
    }

    private static String string(DataSource db, String sql, Object parameter) throws SQLException {
        return one(db, sql, parameter, String.class);
    }

    /** Each testimony's mobility year next to the year its placement starts. */
    private static List<int[]> testimonyYearsAgainstPlacements(DataSource db) throws SQLException {
        List<int[]> years = new ArrayList<>();
        try (Connection connection = db.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT t.mobility_year, COALESCE(p.actual_start, p.planned_start)"
                     + " FROM testimony t JOIN placement p ON p.application_id = t.application_id AND p.state <> 'CANCELLED'"
                     + " WHERE t.mobility_year IS NOT NULL")) {
            while (rows.next()) {
                years.add(new int[] {rows.getInt(1), rows.getObject(2, LocalDate.class).getYear()});
            }
        }
        return years;
    }

    private static LocalDate date(DataSource db, String sql, Object parameter) throws SQLException {
        return one(db, sql, parameter, LocalDate.class);
    }

    private static <T> T one(DataSource db, String sql, Object parameter, Class<T> type) throws SQLException {
        try (Connection connection = db.getConnection(); PreparedStatement select = connection.prepareStatement(sql)) {
            select.setObject(1, parameter);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).as(sql).isTrue();
                T value = row.getObject(1, type);
                assertThat(row.next()).as("one row: " + sql).isFalse();
                return value;
            }
        }
    }
}
