package fr.faireess.mobility.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;

import javax.sql.DataSource;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.faireess.mobility.application.ApplicationCriteria.Sort;
import fr.faireess.mobility.dashboard.DashboardFilter;
import fr.faireess.mobility.dashboard.DashboardService;
import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.identity.AccountService;
import fr.faireess.mobility.placement.PlacementCriteria;
import fr.faireess.mobility.placement.PlacementService;
import fr.faireess.mobility.placement.PlacementState;
import fr.faireess.mobility.platform.persistence.DataSourceSetup;
import fr.faireess.mobility.support.Bench;
import fr.faireess.mobility.support.Bench.Figure;
import fr.faireess.mobility.support.DemoAccounts;
import fr.faireess.mobility.support.Deployments;

/**
 * The lists at 1,000 and at 100,000 applications, side by side (issue #14, item 3). Stage one seeds
 * 1,000 applications over 10 call years (about 200 placements, 50 hosts) and measures; stage two adds
 * 99,000 applications, 4,950 hosts and their placements (about 20,000 in all) and measures the same
 * cases again: the coordinator's review list (each filter and sort, count + a page of 25), the
 * placement list (count + a page of 25) and the dashboard (its eight figures, all years and one call
 * year), as the demo coordinator who sees both campuses. On MySQL/MariaDB it then captures the SQL
 * those cases send (the server's general log, as a table, for the length of one round) and prints
 * MariaDB's {@code EXPLAIN} of each distinct list query: which index each table is read by, how many
 * rows it expects, and whether it sorts in a temporary file. Asserts only the counts it seeded; the
 * BM file at 10,000 rows is {@code BmExportBenchmark}'s.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScaleBenchmark {

    private static final String NAME = "ScaleBenchmark";
    private static final int CALLS = 10;
    private static final int WARMUPS = 3;
    private static final int RUNS = 15;
    private static final int PAGE = 25;

    @Deployment
    static WebArchive deployment() {
        return Deployments.services();
    }

    @Inject private ApplicationQueries applications;
    @Inject private PlacementService placements;
    @Inject private DashboardService dashboards;
    @Inject private AccountService accounts;
    @Inject private UserTransaction transaction;
    @Inject private Clock clock;
    @Resource(lookup = DataSourceSetup.JNDI_NAME) private DataSource dataSource;

    /** One measured page view: what it is, and the work it does (returning the rows it matched). */
    private record Case(String list, String label, java.util.function.LongSupplier work) {
    }

    private record Stage(String name, int students, int perCall, int hosts) {
    }

    @Test
    @Order(1)
    void measureTheListsAt1kAnd100k() throws Exception {
        Bench.forget(NAME);
        Account coordinator = accounts.findByEmail(DemoAccounts.COORDINATOR_PERPIGNAN)
                .orElseThrow(() -> new IllegalStateException("Demo coordinator missing (demo data off?)"));
        long referent = accounts.findByEmail(DemoAccounts.TRAINER_PERPIGNAN).orElseThrow().getId();
        List<String> report = new ArrayList<>();
        report.add(Bench.environment(dataSource));
        List<Stage> stages = List.of(new Stage("1k", 1_000, 100, 50), new Stage("100k", 24_000, 9_900, 4_950));
        Map<String, List<Figure>> figures = new LinkedHashMap<>();
        List<String> runs = new ArrayList<>();
        List<String> yearsCreated = inTransaction(db -> ReviewListSeed.ensureAcademicYears(db, CALLS));
        try {
            long listedBefore = applications.countNow(criteria(null, null, Sort.SUBMITTED), coordinator);
            long listed = listedBefore;
            for (Stage stage : stages) {
                String run = Long.toString(System.nanoTime(), 36);
                runs.add(run);
                long seedStart = System.nanoTime();
                int[] perCall = new int[CALLS];
                java.util.Arrays.fill(perCall, stage.perCall());
                ReviewListSeed.Seeded seeded = inTransaction(db -> ReviewListSeed.seed(db, run, stage.students(), perCall));
                ScaleSeed.Seeded directory = inTransaction(db -> ScaleSeed.seed(db, run, stage.hosts(), referent,
                        LocalDate.now(clock)));
                listed += seeded.listed();
                report.add(String.format(Locale.ROOT, "stage %-4s: seeded %,d students, %d calls, %,d applications"
                                + " (%,d listed), %,d wishes, %,d hosts, %,d placements in %,d ms (not part of the figures)",
                        stage.name(), seeded.students(), CALLS, seeded.applications(), seeded.listed(), seeded.wishes(),
                        directory.hosts(), directory.placements(), Bench.msSince(seedStart)));
                List<Case> cases = cases(coordinator);
                for (int round = 0; round < WARMUPS; round++) {
                    cases.forEach(c -> c.work().getAsLong());
                }
                List<Figure> measured = new ArrayList<>();
                for (Case c : cases) {
                    measured.add(Bench.measure(c.list() + ": " + c.label(), WARMUPS, RUNS, c.work(), dataSource));
                }
                assertEquals(listed, measured.get(0).rows(), "the review list holds every seeded file that is not a draft");
                figures.put(stage.name(), measured);
            }
            report.add(sideBySide(figures));
            report.add(explain(cases(coordinator)));
        } finally {
            long cleanStart = System.nanoTime();
            int deleted = 0;
            for (String run : runs) {
                deleted += inTransaction(db -> ScaleSeed.remove(db, run) + ReviewListSeed.remove(db, run));
            }
            deleted += inTransaction(db -> removeYears(db, yearsCreated));
            report.add(String.format(Locale.ROOT, "clean-up  : %,d rows deleted in %,d ms", deleted, Bench.msSince(cleanStart)));
            Bench.write(NAME, report);
        }
    }

    @Test
    @Order(2)
    @RunAsClient
    void printTheFigures() {
        Assumptions.assumeTrue(Bench.print(NAME), "no figures: the measure failed");
    }

    /** The page views measured at each stage; the first is the review list's default (its rows are asserted). */
    private List<Case> cases(Account coordinator) {
        List<Case> cases = new ArrayList<>();
        review(cases, coordinator, "newest first", criteria(null, null, Sort.SUBMITTED), false);
        review(cases, coordinator, "by score", criteria(null, null, Sort.SCORE), false);
        review(cases, coordinator, "by name", criteria(null, null, Sort.NAME), false);
        review(cases, coordinator, "last page", criteria(null, null, Sort.SUBMITTED), true);
        review(cases, coordinator, "status SUBMITTED", criteria(ApplicationStatus.SUBMITTED, null, Sort.SUBMITTED), false);
        review(cases, coordinator, "status SELECTED by name", criteria(ApplicationStatus.SELECTED, null, Sort.NAME), false);
        review(cases, coordinator, "destination DE", criteria(null, "DE", Sort.SUBMITTED), false);
        review(cases, coordinator, "name search \"mart\"", new ApplicationCriteria(null, null, null, null, null, null,
                Sort.SUBMITTED, "mart"), false);
        review(cases, coordinator, "MONTPELLIER + EJE by score", new ApplicationCriteria(null, "MONTPELLIER", "EJE", null, null,
                null, Sort.SCORE), false);
        placement(cases, coordinator, "all, by departure", PlacementCriteria.ALL, false);
        placement(cases, coordinator, "all, last page", PlacementCriteria.ALL, true);
        placement(cases, coordinator, "IN_PROGRESS", new PlacementCriteria(PlacementState.IN_PROGRESS, null, null, null, null, null), false);
        placement(cases, coordinator, "host country ES", new PlacementCriteria(null, "ES", null, null, null, null), false);
        YearMonth month = YearMonth.now(clock).minusMonths(6).withMonth(4);
        placement(cases, coordinator, "departures in " + month, new PlacementCriteria(null, null, null, null, month, null), false);
        int latest = dashboards.callYears().get(0);
        cases.add(new Case("dashboard", "8 figures, all years", () -> dashboard(coordinator, new DashboardFilter(null, null))));
        cases.add(new Case("dashboard", "8 figures, call year " + latest,
                () -> dashboard(coordinator, new DashboardFilter(latest, null))));
        return cases;
    }

    private void review(List<Case> cases, Account coordinator, String label, ApplicationCriteria criteria, boolean lastPage) {
        cases.add(new Case("review", label, () -> {
            long count = applications.countNow(criteria, coordinator);
            int first = lastPage ? (int) ((count - 1) / PAGE * PAGE) : 0;
            List<MobilityApplication> page = applications.page(criteria, first, PAGE, coordinator);
            check(label, page.size(), count, first);
            return count;
        }));
    }

    private void placement(List<Case> cases, Account coordinator, String label, PlacementCriteria criteria, boolean lastPage) {
        cases.add(new Case("placements", label, () -> {
            long count = placements.count(criteria, coordinator);
            int first = lastPage ? (int) Math.max(0, (count - 1) / PAGE * PAGE) : 0;
            check(label, placements.page(criteria, first, PAGE, count, coordinator).size(), count, first);
            return count;
        }));
    }

    private static void check(String label, int size, long count, int first) {
        if (size != Math.min(PAGE, count - first)) {
            throw new IllegalStateException(label + ": page of " + size + " for " + count + " rows");
        }
    }

    /** One view of the dashboard: its eight figures; the "rows" are the sum of their totals. */
    private long dashboard(Account coordinator, DashboardFilter filter) {
        long total = 0;
        for (String key : DashboardService.FIGURES) {
            total += dashboards.figure(key, filter, coordinator, Locale.FRENCH).total();
        }
        return total;
    }

    private static ApplicationCriteria criteria(ApplicationStatus status, String country, Sort sort) {
        return new ApplicationCriteria(null, null, null, null, status, country, sort);
    }

    /** The two stages' medians and p95 side by side, per case. */
    private static String sideBySide(Map<String, List<Figure>> figures) {
        List<Figure> small = figures.get("1k");
        List<Figure> large = figures.get("100k");
        if (small == null || large == null) {
            return "";
        }
        int width = small.stream().mapToInt(f -> f.label().length()).max().orElse(10);
        String format = "%-" + width + "s | %8s | %9s | %8s | %9s | %8s | %9s | %7s%n";
        StringBuilder out = new StringBuilder("\n1k vs 100k applications (count + page of " + PAGE + "; ms; SQL = statements per view, H2 only)\n");
        out.append(String.format(Locale.ROOT, format, "case", "rows 1k", "median 1k", "p95 1k", "rows 100k", "median 100k",
                "p95 100k", "SQL"));
        out.append("-".repeat(width + 80)).append('\n');
        for (int i = 0; i < small.size(); i++) {
            Figure s = small.get(i);
            Figure l = large.get(i);
            out.append(String.format(Locale.ROOT, format, s.label(), s.rows(), two(s.medianMs()), two(s.p95Ms()), l.rows(),
                    two(l.medianMs()), two(l.p95Ms()), l.statements().isPresent() ? l.statements().getAsLong() : "n/a"));
        }
        return out.toString();
    }

    private static String two(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /**
     * On MySQL/MariaDB: the plan of every distinct SELECT the cases send, captured by the general log
     * (as a table, for one round of the cases, then switched off again; Connector/J sends statements
     * with their values inlined, so each is explained as it ran). Other servers: a line saying so.
     */
    private String explain(List<Case> cases) {
        StringBuilder out = new StringBuilder("\nEXPLAIN of the list queries at 100k\n");
        try (Connection db = dataSource.getConnection(); Statement sql = db.createStatement()) {
            String product = db.getMetaData().getDatabaseProductName();
            if (!product.equals("MySQL") && !product.equals("MariaDB")) {
                return out.append("(MySQL/MariaDB only; this run is on ").append(product).append(")\n").toString();
            }
            String output;
            try (ResultSet rows = sql.executeQuery("SELECT @@GLOBAL.log_output")) {
                rows.next();
                output = rows.getString(1);
            }
            sql.execute("SET GLOBAL log_output = 'TABLE'");
            sql.execute("TRUNCATE TABLE mysql.general_log");
            sql.execute("SET GLOBAL general_log = 'ON'");
            try {
                cases.forEach(c -> c.work().getAsLong());
            } finally {
                sql.execute("SET GLOBAL general_log = 'OFF'");
                sql.execute("SET GLOBAL log_output = '" + output + "'");
            }
            Set<String> statements = new LinkedHashSet<>();
            try (ResultSet rows = sql.executeQuery("SELECT CONVERT(argument USING utf8mb4) FROM mysql.general_log"
                    + " WHERE command_type IN ('Query', 'Execute') ORDER BY event_time")) {
                while (rows.next()) {
                    String statement = rows.getString(1).strip();
                    if (statement.regionMatches(true, 0, "SELECT", 0, 6)
                            && (statement.contains("mobility_application") || statement.contains("placement"))
                            && !statement.contains("general_log")) {
                        statements.add(statement);
                    }
                }
            }
            sql.execute("TRUNCATE TABLE mysql.general_log");
            int n = 0;
            for (String statement : statements) {
                out.append("\n[").append(++n).append("] ").append(statement.length() > 600
                        ? statement.substring(0, 600) + " …" : statement).append('\n');
                try (ResultSet plan = sql.executeQuery("EXPLAIN " + statement)) {
                    out.append(table(plan));
                }
            }
            return out.append('\n').append(n).append(" distinct list queries explained\n").toString();
        } catch (SQLException e) {
            return out.append("(not explained: ").append(e.getMessage()).append(")\n").toString();
        }
    }

    private static String table(ResultSet plan) throws SQLException {
        ResultSetMetaData meta = plan.getMetaData();
        List<String> wanted = List.of("table", "type", "key", "rows", "Extra");
        StringBuilder out = new StringBuilder();
        while (plan.next()) {
            out.append("    ");
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                if (wanted.contains(meta.getColumnLabel(i))) {
                    out.append(meta.getColumnLabel(i)).append('=').append(plan.getString(i)).append("  ");
                }
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static int removeYears(Connection db, List<String> codes) throws SQLException {
        int deleted = 0;
        for (String code : codes) {
            try (var delete = db.prepareStatement("DELETE FROM academic_year WHERE code = ?")) {
                delete.setString(1, code);
                deleted += delete.executeUpdate();
            }
        }
        return deleted;
    }

    private <T> T inTransaction(Bench.Work<T> work) throws Exception {
        return Bench.inTransaction(transaction, dataSource, work);
    }
}
