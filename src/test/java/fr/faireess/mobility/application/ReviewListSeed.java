package fr.faireess.mobility.application;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Seeds the review list's volume for {@link ReviewListBenchmark} with JDBC batches (the services
 * would take minutes for 5,000 files and audit every step), and removes it again. Every row is
 * marked: students' e-mails are {@code bench-review-<run>-<n>@bench.invalid}, calls are titled
 * {@code Benchmark <run> …}, so a shared database is left as it was. The draw is seeded, so two runs
 * hold the same mix; the expected counts are kept as the rows are drawn.
 */
public final class ReviewListSeed {

    static final String[] CAMPUSES = {"PERPIGNAN", "PERPIGNAN", "PERPIGNAN", "MONTPELLIER", "MONTPELLIER"};
    static final String[] PROGRAMMES = {"ASS", "ASS", "ES", "ES", "ES", "EJE", "EJE"};
    private static final int[] STUDY_YEARS = {1, 2, 2, 3, 3};
    /** Destinations weighted roughly as a southern French school's: Spain and Italy first. */
    private static final String[] COUNTRIES = {"ES", "ES", "ES", "ES", "ES", "IT", "IT", "IT", "BE", "BE", "PT", "PT",
            "DE", "DE", "IE", "RO", "GR", "PL", "SE", "FI", "NL", "CZ", "CA", "SN", "SN"};
    /** Out of 100: most files are decided or waiting; drafts never show in the list. */
    private static final ApplicationStatus[] STATUS_DRAW = draw(
            ApplicationStatus.DRAFT, 8, ApplicationStatus.SUBMITTED, 35, ApplicationStatus.CHANGES_REQUESTED, 5,
            ApplicationStatus.SELECTED, 20, ApplicationStatus.WAITLISTED, 12, ApplicationStatus.REJECTED, 12,
            ApplicationStatus.WITHDRAWN, 8);
    private static final String[] FIRST_NAMES = {"Léa", "Hugo", "Inès", "Lucas", "Chloé", "Yasmine", "Nathan", "Manon",
            "Rayan", "Camille", "Jade", "Louis", "Sarah", "Enzo", "Zoé", "Adam", "Emma", "Noah", "Lina", "Théo"};
    private static final String[] LAST_NAMES = {"Martin", "Bernard", "Vidal", "Pons", "Ferrer", "Haddad", "Moreau",
            "Garcia", "Roux", "Fabre", "Benali", "Costa", "Lopez", "Puig", "Dubois", "Mercier", "Blanc", "Girard",
            "Nguyen", "Sanchez", "Bonnet", "Fournier", "Lambert", "Rousseau", "Marty"};
    private static final String MOTIVATION = "Je souhaite effectuer mon stage à l'étranger pour découvrir d'autres"
            + " manières d'accompagner les personnes, comparer les politiques sociales et revenir avec un regard"
            + " décentré sur ma pratique. ".repeat(6);
    private static final int BATCH = 500;

    /** What was seeded: the calls, in order, and the counts the list must find. */
    public record Seeded(String run, List<Long> callIds, int students, int applications, int wishes,
                  Map<ApplicationStatus, Integer> byStatus, Map<String, Integer> byCallCampusProgramme,
                  Map<String, Integer> byFirstCountry) {

        /** Files the list shows (drafts excluded). */
        public int listed() {
            return applications - byStatus.getOrDefault(ApplicationStatus.DRAFT, 0);
        }

        static String key(int call, String campus, String programme) {
            return call + "/" + campus + "/" + programme;
        }
    }

    private record Student(String campus, String programme, int year) {
    }

    private ReviewListSeed() {
    }

    /** {@code perCall}: how many applications each call receives; students apply to several calls. */
    public static Seeded seed(Connection db, String run, int students, int[] perCall) throws SQLException {
        Random random = new Random(20261128L);
        List<Student> people = new ArrayList<>();
        for (int n = 0; n < students; n++) {
            people.add(new Student(pick(random, CAMPUSES), pick(random, PROGRAMMES), STUDY_YEARS[random.nextInt(5)]));
        }
        List<Long> studentIds = insertStudents(db, run, people, random);
        List<Long> callIds = insertCalls(db, run, perCall.length);

        Map<ApplicationStatus, Integer> byStatus = new HashMap<>();
        Map<String, Integer> byCallCampusProgramme = new HashMap<>();
        Map<String, Integer> byFirstCountry = new HashMap<>();
        Map<String, List<String>> wishesByFile = new HashMap<>();
        int applications = 0;
        Instant now = Instant.now();
        try (PreparedStatement insert = db.prepareStatement("""
                INSERT INTO mobility_application (call_id, student_id, status, start_on, end_on, working_language,
                    cefr_level, motivation, fewer_opportunities, score, first_country_code, created_at,
                    submitted_at, decided_at, version)
                VALUES (?, ?, ?, ?, ?, 'es', 'B1', ?, ?, ?, ?, ?, ?, ?, 0)""")) {
            for (int c = 0; c < perCall.length; c++) {
                // A call per academic year, the oldest first: its files were submitted a year earlier.
                Instant callOpened = now.minus(365L * (perCall.length - c), ChronoUnit.DAYS);
                for (int i = 0; i < perCall[c]; i++) {
                    int s = (i + c * 833) % students;
                    Student student = people.get(s);
                    ApplicationStatus status = STATUS_DRAW[random.nextInt(STATUS_DRAW.length)];
                    List<String> countries = countries(random);
                    Instant created = callOpened.plus(random.nextInt(40 * 24 * 60), ChronoUnit.MINUTES);
                    boolean submitted = status != ApplicationStatus.DRAFT;
                    boolean decided = status == ApplicationStatus.SELECTED || status == ApplicationStatus.WAITLISTED
                            || status == ApplicationStatus.REJECTED;
                    LocalDate start = LocalDate.of(firstCallYear(perCall.length) + c + 1, 3 + random.nextInt(4), 1 + random.nextInt(28));
                    insert.setLong(1, callIds.get(c));
                    insert.setLong(2, studentIds.get(s));
                    insert.setString(3, status.name());
                    insert.setObject(4, start);
                    insert.setObject(5, start.plusWeeks(8 + random.nextInt(10)));
                    insert.setString(6, MOTIVATION);
                    insert.setBoolean(7, random.nextInt(100) < 15);
                    if (decided || (submitted && random.nextBoolean())) {
                        insert.setInt(8, random.nextInt(101));
                    } else {
                        insert.setNull(8, java.sql.Types.INTEGER);
                    }
                    insert.setString(9, countries.get(0));
                    insert.setTimestamp(10, timestamp(created));
                    insert.setTimestamp(11, submitted ? timestamp(created.plus(random.nextInt(72), ChronoUnit.HOURS)) : null);
                    insert.setTimestamp(12, decided ? timestamp(created.plus(30, ChronoUnit.DAYS)) : null);
                    insert.addBatch();
                    wishesByFile.put(callIds.get(c) + ":" + studentIds.get(s), countries);
                    byStatus.merge(status, 1, Integer::sum);
                    if (submitted) {
                        byCallCampusProgramme.merge(Seeded.key(c, student.campus(), student.programme()), 1, Integer::sum);
                        byFirstCountry.merge(countries.get(0), 1, Integer::sum);
                    }
                    if (++applications % BATCH == 0) {
                        insert.executeBatch();
                    }
                }
            }
            insert.executeBatch();
        }
        // The files' copy of their student's names (the order by name), as V60 fills it.
        try (PreparedStatement names = db.prepareStatement("""
                UPDATE mobility_application SET
                    student_last_name = (SELECT s.last_name FROM account s WHERE s.id = mobility_application.student_id),
                    student_first_name = (SELECT s.first_name FROM account s WHERE s.id = mobility_application.student_id)
                WHERE student_last_name IS NULL""")) {
            names.executeUpdate();
        }
        int wishes = insertWishes(db, callIds, wishesByFile, random);
        return new Seeded(run, callIds, students, applications, wishes, byStatus, byCallCampusProgramme, byFirstCountry);
    }

    private static List<Long> insertStudents(Connection db, String run, List<Student> people, Random random)
            throws SQLException {
        Timestamp created = timestamp(Instant.now());
        try (PreparedStatement insert = db.prepareStatement("""
                INSERT INTO account (email, first_name, last_name, password_hash, campus_code, programme_code,
                    study_year, enabled, preferred_locale, created_at, version, sees_both_campuses)
                VALUES (?, ?, ?, '!benchmark-no-login', ?, ?, ?, TRUE, 'fr', ?, 0, FALSE)""")) {
            for (int n = 0; n < people.size(); n++) {
                Student student = people.get(n);
                insert.setString(1, email(run, n));
                insert.setString(2, pick(random, FIRST_NAMES));
                insert.setString(3, pick(random, LAST_NAMES) + (n % 7 == 0 ? "-" + pick(random, LAST_NAMES) : ""));
                insert.setString(4, student.campus());
                insert.setString(5, student.programme());
                insert.setInt(6, student.year());
                insert.setTimestamp(7, created);
                insert.addBatch();
                if ((n + 1) % BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        Map<String, Long> idByEmail = new HashMap<>();
        try (PreparedStatement select = db.prepareStatement("SELECT id, email FROM account WHERE email LIKE ?")) {
            select.setString(1, emailPattern(run));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    idByEmail.put(rows.getString(2), rows.getLong(1));
                }
            }
        }
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement role = db.prepareStatement("INSERT INTO account_role (account_id, role) VALUES (?, 'STUDENT')")) {
            for (int n = 0; n < people.size(); n++) {
                long id = idByEmail.get(email(run, n));
                ids.add(id);
                role.setLong(1, id);
                role.addBatch();
                if ((n + 1) % BATCH == 0) {
                    role.executeBatch();
                }
            }
            role.executeBatch();
        }
        return ids;
    }

    private static List<Long> insertCalls(Connection db, String run, int calls) throws SQLException {
        List<Long> ids = new ArrayList<>();
        LocalDateTime now = LocalDateTime.now();
        for (int c = 0; c < calls; c++) {
            String title = "Benchmark " + run + " — appel " + (c + 1);
            LocalDateTime opens = now.minusDays(365L * (calls - c));
            try (PreparedStatement insert = db.prepareStatement("""
                    INSERT INTO mobility_call (title, academic_year_code, opens_at, closes_at, places, requires_module,
                        created_at, version) VALUES (?, ?, ?, ?, 45, FALSE, ?, 0)""")) {
                insert.setString(1, title);
                insert.setString(2, academicYear(firstCallYear(calls) + c));
                insert.setTimestamp(3, Timestamp.valueOf(opens));
                insert.setTimestamp(4, Timestamp.valueOf(opens.plusDays(45)));
                insert.setTimestamp(5, Timestamp.valueOf(opens.minusDays(10)));
                insert.executeUpdate();
            }
            try (PreparedStatement select = db.prepareStatement("SELECT id FROM mobility_call WHERE title = ?")) {
                select.setString(1, title);
                try (ResultSet rows = select.executeQuery()) {
                    rows.next();
                    ids.add(rows.getLong(1));
                }
            }
            long id = ids.get(c);
            for (String campus : Set.of("PERPIGNAN", "MONTPELLIER")) {
                update(db, "INSERT INTO call_campus (call_id, campus_code) VALUES (?, ?)", id, campus);
            }
            for (String programme : Set.of("ASS", "ES", "EJE")) {
                update(db, "INSERT INTO call_programme (call_id, programme_code) VALUES (?, ?)", id, programme);
            }
            for (int year = 1; year <= 3; year++) {
                update(db, "INSERT INTO call_study_year (call_id, study_year) VALUES (?, ?)", id, year);
            }
        }
        return ids;
    }

    private static int insertWishes(Connection db, List<Long> callIds, Map<String, List<String>> wishesByFile,
                                    Random random) throws SQLException {
        int wishes = 0;
        String placeholders = String.join(", ", java.util.Collections.nCopies(callIds.size(), "?"));
        try (PreparedStatement select = db.prepareStatement("SELECT id, call_id, student_id FROM mobility_application"
                + " WHERE call_id IN (" + placeholders + ") ORDER BY id");
             PreparedStatement insert = db.prepareStatement("""
                     INSERT INTO application_wish (application_id, wish_rank, country_code, city, host_type, reason)
                     VALUES (?, ?, ?, ?, ?, 'Un lieu de stage qui accueille des étudiants en travail social.')""")) {
            for (int i = 0; i < callIds.size(); i++) {
                select.setLong(i + 1, callIds.get(i));
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    List<String> countries = wishesByFile.get(rows.getLong(2) + ":" + rows.getLong(3));
                    for (int rank = 1; rank <= countries.size(); rank++) {
                        insert.setLong(1, rows.getLong(1));
                        insert.setInt(2, rank);
                        insert.setString(3, countries.get(rank - 1));
                        insert.setString(4, "Ville " + random.nextInt(200));
                        insert.setString(5, pick(random, new String[] {"CHILD_PROTECTION", "DISABILITY",
                                "EARLY_CHILDHOOD", "SOCIAL_SERVICES", "HEALTH", "NGO", "SCHOOL", "OTHER"}));
                        insert.addBatch();
                        if (++wishes % BATCH == 0) {
                            insert.executeBatch();
                        }
                    }
                }
            }
            insert.executeBatch();
        }
        return wishes;
    }

    /** Removes everything {@link #seed} wrote for {@code run}, children first; returns the rows deleted. */
    public static int remove(Connection db, String run) throws SQLException {
        String calls = "SELECT id FROM mobility_call WHERE title LIKE ?";
        String callPattern = "Benchmark " + run + " %";
        int deleted = 0;
        deleted += delete(db, "DELETE FROM application_wish WHERE application_id IN (SELECT id FROM mobility_application"
                + " WHERE call_id IN (" + calls + "))", callPattern);
        deleted += delete(db, "DELETE FROM mobility_application WHERE call_id IN (" + calls + ")", callPattern);
        for (String table : List.of("call_campus", "call_programme", "call_study_year")) {
            deleted += delete(db, "DELETE FROM " + table + " WHERE call_id IN (" + calls + ")", callPattern);
        }
        deleted += delete(db, "DELETE FROM mobility_call WHERE title LIKE ?", callPattern);
        deleted += delete(db, "DELETE FROM account_role WHERE account_id IN (SELECT id FROM account WHERE email LIKE ?)",
                emailPattern(run));
        deleted += delete(db, "DELETE FROM account WHERE email LIKE ?", emailPattern(run));
        return deleted;
    }

    private static int delete(Connection db, String sql, String parameter) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setString(1, parameter);
            return statement.executeUpdate();
        }
    }

    private static void update(Connection db, String sql, long id, Object value) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setLong(1, id);
            statement.setObject(2, value);
            statement.executeUpdate();
        }
    }

    /** One to three distinct destinations, the first one being the file's "first country". */
    private static List<String> countries(Random random) {
        Set<String> countries = new LinkedHashSet<>();
        int wanted = 1 + random.nextInt(3);
        while (countries.size() < wanted) {
            countries.add(pick(random, COUNTRIES));
        }
        return new ArrayList<>(countries);
    }

    /**
     * The call year of the first call: the last call is call year 2026 (as the three calls of
     * {@link ReviewListBenchmark} always were), older ones one year apart. Academic years before the
     * reference data's first (2024-2025) are created by {@link #ensureAcademicYears}.
     */
    static int firstCallYear(int calls) {
        return 2024 + Math.min(0, 3 - calls);
    }

    static String academicYear(int callYear) {
        return callYear + "-" + (callYear + 1);
    }

    /** Creates the academic years {@code calls} calls need that are missing; returns the codes created. */
    public static List<String> ensureAcademicYears(Connection db, int calls) throws SQLException {
        List<String> created = new ArrayList<>();
        for (int c = 0; c < calls; c++) {
            int year = firstCallYear(calls) + c;
            try (PreparedStatement select = db.prepareStatement("SELECT COUNT(*) FROM academic_year WHERE code = ?")) {
                select.setString(1, academicYear(year));
                try (ResultSet rows = select.executeQuery()) {
                    rows.next();
                    if (rows.getLong(1) > 0) {
                        continue;
                    }
                }
            }
            try (PreparedStatement insert = db.prepareStatement(
                    "INSERT INTO academic_year (code, starts_on, ends_on) VALUES (?, ?, ?)")) {
                insert.setString(1, academicYear(year));
                insert.setObject(2, LocalDate.of(year, 9, 1));
                insert.setObject(3, LocalDate.of(year + 1, 8, 31));
                insert.executeUpdate();
            }
            created.add(academicYear(year));
        }
        return created;
    }

    static String email(String run, int n) {
        return "bench-review-" + run + "-" + n + "@bench.invalid";
    }

    private static String emailPattern(String run) {
        return "bench-review-" + run + "-%@bench.invalid";
    }

    private static Timestamp timestamp(Instant instant) {
        return Timestamp.from(instant);
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static ApplicationStatus[] draw(Object... weights) {
        List<ApplicationStatus> out = new ArrayList<>();
        for (int i = 0; i < weights.length; i += 2) {
            for (int w = 0; w < (Integer) weights[i + 1]; w++) {
                out.add((ApplicationStatus) weights[i]);
            }
        }
        return out.toArray(new ApplicationStatus[0]);
    }
}
