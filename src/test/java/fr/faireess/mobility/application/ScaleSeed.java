package fr.faireess.mobility.application;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Adds, to what {@link ReviewListSeed} seeded for a run, the host directory and the placements of
 * the selected files, for {@link ScaleBenchmark}: {@code hosts} organisations (one mentor each, named
 * {@code Benchmark <run> host <n>}) and one placement per SELECTED application, at a host drawn
 * among them, in a state that follows its dates. JDBC batches; {@link #remove} deletes it all.
 */
final class ScaleSeed {

    private static final String[] COUNTRIES = {"ES", "ES", "ES", "IT", "IT", "BE", "PT", "DE", "IE", "RO", "GR", "PL",
            "SE", "FI", "NL", "CZ", "CA", "SN"};
    private static final String[] TYPES = {"CHILD_PROTECTION", "DISABILITY", "EARLY_CHILDHOOD", "SOCIAL_SERVICES",
            "HEALTH", "NGO", "SCHOOL", "OTHER"};
    private static final int BATCH = 500;

    record Seeded(int hosts, int placements) {
    }

    private ScaleSeed() {
    }

    /** Hosts, their mentors and a placement per selected application of {@code run}'s calls. */
    static Seeded seed(Connection db, String run, int hosts, long referentId, LocalDate today) throws SQLException {
        Random random = new Random(20261204L + hosts);
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement insert = db.prepareStatement("""
                INSERT INTO host_organisation (name, name_key, host_type, legal_status, size_class, city, city_key,
                    country_code, active, created_at, updated_at, version)
                VALUES (?, ?, ?, 'NON_PROFIT', 'SMALL', ?, ?, ?, TRUE, ?, ?, 0)""")) {
            for (int n = 0; n < hosts; n++) {
                String name = hostName(run, n);
                insert.setString(1, name);
                insert.setString(2, name.toLowerCase(java.util.Locale.ROOT));
                insert.setString(3, TYPES[random.nextInt(TYPES.length)]);
                insert.setString(4, "Ville " + n % 400);
                insert.setString(5, "ville " + n % 400);
                insert.setString(6, COUNTRIES[random.nextInt(COUNTRIES.length)]);
                insert.setTimestamp(7, now);
                insert.setTimestamp(8, now);
                insert.addBatch();
                if ((n + 1) % BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        List<Long> hostIds = ids(db, "SELECT id FROM host_organisation WHERE name LIKE ? ORDER BY id", hostPattern(run));
        try (PreparedStatement insert = db.prepareStatement("""
                INSERT INTO host_contact (host_id, full_name, email, mentor, list_index, language_code)
                VALUES (?, ?, ?, TRUE, 0, 'es')""")) {
            for (int n = 0; n < hostIds.size(); n++) {
                insert.setLong(1, hostIds.get(n));
                insert.setString(2, "Mentor " + n);
                insert.setString(3, "mentor-" + run + "-" + n + "@bench.invalid");
                insert.addBatch();
                if ((n + 1) % BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        List<Long> mentorIds = ids(db, "SELECT c.id FROM host_contact c JOIN host_organisation h ON h.id = c.host_id"
                + " WHERE h.name LIKE ? ORDER BY h.id", hostPattern(run));

        int placements = 0;
        try (PreparedStatement select = db.prepareStatement("""
                SELECT a.id, a.student_id, a.start_on, a.end_on FROM mobility_application a
                JOIN mobility_call c ON c.id = a.call_id
                WHERE c.title LIKE ? AND a.status = 'SELECTED' ORDER BY a.id""");
             PreparedStatement insert = db.prepareStatement("""
                     INSERT INTO placement (application_id, student_id, host_id, mentor_id, referent_id, planned_start,
                         planned_end, hours_per_week, working_language, state, actual_start, actual_end, created_at, version)
                     VALUES (?, ?, ?, ?, ?, ?, ?, 35, 'es', ?, ?, ?, ?, 0)""")) {
            select.setString(1, "Benchmark " + run + " %");
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    int host = random.nextInt(hostIds.size());
                    LocalDate start = rows.getObject(3, LocalDate.class);
                    LocalDate end = rows.getObject(4, LocalDate.class);
                    String state = start.isAfter(today) ? (random.nextInt(3) == 0 ? "PROPOSED" : "CONFIRMED")
                            : end.isAfter(today) ? "IN_PROGRESS"
                            : random.nextInt(20) == 0 ? "INTERRUPTED" : "COMPLETED";
                    boolean certified = state.equals("COMPLETED");
                    insert.setLong(1, rows.getLong(1));
                    insert.setLong(2, rows.getLong(2));
                    insert.setLong(3, hostIds.get(host));
                    insert.setLong(4, mentorIds.get(host));
                    insert.setLong(5, referentId);
                    insert.setObject(6, start);
                    insert.setObject(7, end);
                    insert.setString(8, state);
                    insert.setObject(9, certified ? start : null);
                    insert.setObject(10, certified ? end : null);
                    insert.setTimestamp(11, now);
                    insert.addBatch();
                    if (++placements % BATCH == 0) {
                        insert.executeBatch();
                    }
                }
            }
            insert.executeBatch();
        }
        return new Seeded(hostIds.size(), placements);
    }

    /** Removes what {@link #seed} wrote for {@code run} (before {@link ReviewListSeed#remove}); returns the rows deleted. */
    static int remove(Connection db, String run) throws SQLException {
        int deleted = 0;
        deleted += delete(db, "DELETE FROM placement WHERE host_id IN (SELECT id FROM host_organisation WHERE name LIKE ?)",
                hostPattern(run));
        deleted += delete(db, "DELETE FROM host_contact WHERE host_id IN (SELECT id FROM host_organisation WHERE name LIKE ?)",
                hostPattern(run));
        deleted += delete(db, "DELETE FROM host_organisation WHERE name LIKE ?", hostPattern(run));
        return deleted;
    }

    private static List<Long> ids(Connection db, String sql, String parameter) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement select = db.prepareStatement(sql)) {
            select.setString(1, parameter);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        }
        return ids;
    }

    private static int delete(Connection db, String sql, String parameter) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setString(1, parameter);
            return statement.executeUpdate();
        }
    }

    private static String hostName(String run, int n) {
        return "Benchmark " + run + " host " + n;
    }

    private static String hostPattern(String run) {
        return "Benchmark " + run + " host %";
    }
}
