package fr.faireess.mobility.module;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
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

import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.identity.AccountService;
import fr.faireess.mobility.platform.persistence.DataSourceSetup;
import fr.faireess.mobility.support.Bench;
import fr.faireess.mobility.support.Bench.Figure;
import fr.faireess.mobility.support.DemoAccounts;
import fr.faireess.mobility.support.Deployments;

/**
 * The attendance page for a cohort of 60: loading the grid, and saving it in one request, through
 * the service calls {@code ModuleAttendanceBacking} makes (find + grid to show it; record, then find
 * + grid again, to save it). A first save inserts 60 marks, a correction updates them: both are
 * measured. The 60 students are seeded by JDBC ({@code bench-attendance-<run>-<n>@bench.invalid}),
 * the sessions through the service as the demo's trainer; all of it is removed at the end.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AttendanceGridBenchmark {

    private static final String NAME = "AttendanceGridBenchmark";
    private static final int COHORT = 60;
    private static final String CAMPUS = "PERPIGNAN";
    private static final String PROGRAMME = "ES";
    private static final int STUDY_YEAR = 2;
    private static final int WARMUPS = 10;
    private static final int RUNS = 30;
    /** Each first save needs a session never recorded: this many, and one for counting statements. */
    private static final int FIRST_SAVES = 10;

    @Deployment
    static WebArchive deployment() {
        return Deployments.services();
    }

    @Inject private ModuleSessionService sessions;
    @Inject private AccountService accounts;
    @Inject private UserTransaction transaction;
    @Resource(lookup = DataSourceSetup.JNDI_NAME) private DataSource dataSource;

    @Test
    @Order(1)
    void measureTheAttendanceGrid() throws Exception {
        Bench.forget(NAME);
        Account trainer = accounts.findByEmail(DemoAccounts.TRAINER_PERPIGNAN)
                .orElseThrow(() -> new IllegalStateException("Demo trainer missing (demo data off?)"));
        List<String> report = new ArrayList<>();
        report.add(Bench.environment(dataSource));
        long heapBefore = Bench.heapUsedMb(true);
        String run = Long.toString(System.currentTimeMillis(), 36);
        List<Long> sessionIds = new ArrayList<>();
        try {
            long seedStart = System.nanoTime();
            Set<Long> students = inTransaction(db -> seedCohort(db, run));
            for (int i = 0; i <= FIRST_SAVES + 1; i++) {
                sessionIds.add(sessions.create(sessionForm(run, i), trainer).getId());
            }
            long cohortSize = inTransaction(AttendanceGridBenchmark::cohortSize);
            report.add(String.format("seeded    : %d students of %s %s-%d (cohort now %d with the demo's), %d sessions,"
                    + " in %d ms (not part of the figures)", COHORT, CAMPUS, PROGRAMME, STUDY_YEAR, cohortSize,
                    sessionIds.size(), Bench.msSince(seedStart)));
            report.add(String.format("measured  : %d warm-up runs then %d measured (first saves: %d, one per fresh"
                    + " session), one thread, as %s%n", WARMUPS, RUNS, FIRST_SAVES, trainer.getEmail()));

            long session = sessionIds.get(0);
            List<AttendanceRow> grid = sessions.attendanceGrid(session, trainer);
            assertEquals(cohortSize, grid.size(), "the grid shows the whole cohort");
            assertTrue(grid.stream().map(AttendanceRow::getStudentId).collect(Collectors.toSet()).containsAll(students));

            List<Figure> figures = new ArrayList<>();
            figures.add(Bench.measure("load grid (find + grid)", WARMUPS, RUNS, () -> load(session, trainer).size(),
                    dataSource));
            List<Long> fresh = sessionIds.subList(1, sessionIds.size());
            List<long[]> freshVersions = new ArrayList<>();
            List<Map<Long, AttendanceStatus>> freshMarks = new ArrayList<>();
            for (long id : fresh) {
                freshVersions.add(new long[] {sessions.find(id, trainer).orElseThrow().getVersion()});
                freshMarks.add(marks(sessions.attendanceGrid(id, trainer), 0));
            }
            int[] next = {0};
            figures.add(Bench.measure("save grid, first time (inserts)", 0, FIRST_SAVES, () -> {
                int i = next[0]++;
                return save(fresh.get(i), freshVersions.get(i), freshMarks.get(i), trainer);
            }, dataSource));
            long[] version = {sessions.find(session, trainer).orElseThrow().getVersion()};
            int[] round = {1};
            figures.add(Bench.measure("save grid, correction (updates)", WARMUPS, RUNS,
                    () -> save(session, version, marks(grid, round[0]++), trainer), dataSource));
            report.add(Bench.table(figures));
            report.add(String.format("heap used : %d MB before, %d MB after measuring (%d MB after a GC)"
                    + " — Runtime figures, rough", heapBefore, Bench.heapUsedMb(false), Bench.heapUsedMb(true)));

            Map<Long, AttendanceStatus> last = marks(grid, round[0] - 1);
            for (AttendanceRow row : sessions.attendanceGrid(session, trainer)) {
                assertEquals(last.get(row.getStudentId()), row.getStatus(), "the last save is what the grid shows");
            }
            for (long id : fresh) {
                assertTrue(sessions.attendanceGrid(id, trainer).stream().allMatch(r -> r.getStatus() != null));
            }
        } finally {
            long cleanStart = System.nanoTime();
            int accountsDeleted = inTransaction(db -> remove(db, run, sessionIds));
            report.add(String.format("clean-up  : %d sessions and %d students removed in %d ms", sessionIds.size(),
                    accountsDeleted, Bench.msSince(cleanStart)));
            assertEquals(COHORT, accountsDeleted, "every seeded student is removed");
        }
        Bench.write(NAME, report);
    }

    @Test
    @Order(2)
    @RunAsClient
    void printTheFigures() {
        Assumptions.assumeTrue(Bench.print(NAME), "no figures: the measure failed");
    }

    /** What the page shows: the session, then its grid. Returns the rows shown. */
    private List<AttendanceRow> load(long session, Account trainer) {
        sessions.find(session, trainer).orElseThrow();
        return sessions.attendanceGrid(session, trainer);
    }

    /**
     * What the page's save does: one save of the whole grid, then the page reloads the session (whose
     * version the next save sends: {@code version} is updated) and its grid. Returns the marks saved.
     */
    private long save(long session, long[] version, Map<Long, AttendanceStatus> marks, Account trainer) {
        int saved = sessions.recordAttendance(session, version[0], marks, trainer);
        version[0] = sessions.find(session, trainer).orElseThrow().getVersion();
        int shown = sessions.attendanceGrid(session, trainer).size();
        if (saved != shown) {
            throw new IllegalStateException(saved + " marks saved, " + shown + " rows shown");
        }
        return saved;
    }

    /** A mark per row that changes at every round, so each correction really updates the rows. */
    private static Map<Long, AttendanceStatus> marks(List<AttendanceRow> grid, int round) {
        AttendanceStatus[] statuses = AttendanceStatus.values();
        Map<Long, AttendanceStatus> marks = new LinkedHashMap<>();
        for (int i = 0; i < grid.size(); i++) {
            marks.put(grid.get(i).getStudentId(), statuses[(i + round) % statuses.length]);
        }
        return marks;
    }

    private static SessionForm sessionForm(String run, int n) {
        SessionForm form = new SessionForm();
        form.setDate(LocalDate.now(ModuleSessionService.ZONE));
        form.setTime(LocalTime.of(9, 30));
        form.setCampusCode(CAMPUS);
        form.setCohortCodes(new String[] {PROGRAMME + "-" + STUDY_YEAR});
        form.setTitle("Benchmark " + run + " séance " + n);
        form.setFormat(SessionFormat.WORKSHOP);
        form.setMovements(new Movement[] {Movement.DECENTRATION});
        form.setGuests(List.of(new GuestForm("Núria Vilaseca", "ES", "Universitat de Girona", GuestRole.TRAINER)));
        return form;
    }

    private static Set<Long> seedCohort(Connection db, String run) throws Exception {
        try (PreparedStatement insert = db.prepareStatement("""
                INSERT INTO account (email, first_name, last_name, password_hash, campus_code, programme_code,
                    study_year, enabled, preferred_locale, created_at, version, sees_both_campuses)
                VALUES (?, ?, ?, '!benchmark-no-login', ?, ?, ?, TRUE, 'fr', ?, 0, FALSE)""")) {
            for (int n = 0; n < COHORT; n++) {
                insert.setString(1, "bench-attendance-" + run + "-" + n + "@bench.invalid");
                insert.setString(2, "Étudiant·e " + n);
                insert.setString(3, "Banc " + (char) ('A' + n % 26) + n);
                insert.setString(4, CAMPUS);
                insert.setString(5, PROGRAMME);
                insert.setInt(6, STUDY_YEAR);
                insert.setTimestamp(7, Timestamp.from(Instant.now()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        Set<Long> ids = new java.util.HashSet<>();
        try (PreparedStatement select = db.prepareStatement("SELECT id FROM account WHERE email LIKE ?")) {
            select.setString(1, emailPattern(run));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        }
        try (PreparedStatement role = db.prepareStatement("INSERT INTO account_role (account_id, role) VALUES (?, 'STUDENT')")) {
            for (long id : ids) {
                role.setLong(1, id);
                role.addBatch();
            }
            role.executeBatch();
        }
        return ids;
    }

    /** The cohort counted straight from the tables, to check the grid against. */
    private static long cohortSize(Connection db) throws Exception {
        try (PreparedStatement count = db.prepareStatement("""
                SELECT COUNT(*) FROM account a JOIN account_role r ON r.account_id = a.id AND r.role = 'STUDENT'
                WHERE a.enabled = TRUE AND a.campus_code = ? AND a.programme_code = ? AND a.study_year = ?""")) {
            count.setString(1, CAMPUS);
            count.setString(2, PROGRAMME);
            count.setInt(3, STUDY_YEAR);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** The sessions (their marks, guests, cohorts, movements, audit entries), then the students. */
    private static int remove(Connection db, String run, List<Long> sessionIds) throws Exception {
        for (long id : sessionIds) {
            for (String table : List.of("module_attendance", "module_guest", "module_session_cohort",
                    "module_session_movement", "module_material")) {
                execute(db, "DELETE FROM " + table + " WHERE session_id = ?", id);
            }
            execute(db, "DELETE FROM audit_entry WHERE subject_type = '" + ModuleSessionService.AUDIT_SUBJECT
                    + "' AND subject_id = ?", String.valueOf(id));
            execute(db, "DELETE FROM module_session WHERE id = ?", id);
        }
        execute(db, "DELETE FROM account_role WHERE account_id IN (SELECT id FROM account WHERE email LIKE ?)",
                emailPattern(run));
        return execute(db, "DELETE FROM account WHERE email LIKE ?", emailPattern(run));
    }

    private static int execute(Connection db, String sql, Object parameter) throws Exception {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            return statement.executeUpdate();
        }
    }

    private static String emailPattern(String run) {
        return "bench-attendance-" + run + "-%@bench.invalid";
    }

    private <T> T inTransaction(Bench.Work<T> work) throws Exception {
        return Bench.inTransaction(transaction, dataSource, work);
    }
}
