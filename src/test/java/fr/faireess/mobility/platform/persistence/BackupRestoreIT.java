package fr.faireess.mobility.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.parallel.ResourceLock;

import com.mysql.cj.jdbc.MysqlDataSource;

import fr.faireess.mobility.support.PrivateMariaDb;
import fr.faireess.mobility.support.TestClock;
import fr.faireess.mobility.support.TestLanes;

/**
 * The README's backup and restore commands ({@code config/scripts/backup.sh}, {@code config/scripts/restore.sh}) on a
 * database holding the migrations and the demo: back up, change (a row updated, one added), restore:
 * the change is gone and everything else is as it was, documents' bytes included. On H2 always; on
 * MariaDB with a server of the test's own ({@code TEST_OWN_MARIADB=true}, CI's MariaDB run).
 */
@ResourceLock(TestLanes.RUNNING_APP)
class BackupRestoreIT {

    private static final Path WORK = Path.of(System.getProperty("it.work.dir", "target/it")).resolve("backup").toAbsolutePath();
    private static final String CHANGED_TITLE = "Titre changé après la sauvegarde";

    @Test
    void anH2BackupRestoredBringsBackTheDatabaseAsItWasAndRefusesWhileTheDatabaseIsInUse() throws Exception {
        Path data = WORK.resolve("h2-data");
        JdbcDataSource db = new JdbcDataSource();
        db.setURL("jdbc:h2:file:" + data + "/mobility;MODE=LEGACY");
        db.setUser("sa");
        db.setPassword("");
        DatabaseMigrator.migrate(db, true, TestClock.today());
        // Empty values count as unset, as in the application: the embedded database of MOBILITY_DATA_DIR
        // (CI's MariaDB run has MOBILITY_DB_* in its environment).
        Map<String, String> env = Map.of("MOBILITY_DB_URL", "", "MOBILITY_DB_USER", "", "MOBILITY_DB_PASSWORD", "",
                "MOBILITY_DATA_DIR", data.toString());

        roundTrip(db, env, WORK.resolve("mobility.h2.zip"));

        try (Connection held = db.getConnection()) {
            Result refused = run(env, "config/scripts/backup.sh", WORK.resolve("refused.h2.zip").toString());
            assertThat(refused.exitCode()).isNotZero();
            assertThat(refused.output()).contains("is in use: stop the application first");
        }
        assertThat(Files.list(data).map(p -> p.getFileName().toString()))
                .as("the replaced database is kept aside").anyMatch(name -> name.startsWith("mobility.mv.db.before-restore-"));
    }

    @Test
    @EnabledIfEnvironmentVariable(named = PrivateMariaDb.ENABLED, matches = "true")
    void aMariaDbBackupRestoredBringsBackTheDatabaseAsItWas() throws Exception {
        PrivateMariaDb server = new PrivateMariaDb(WORK.resolve("mariadb"));
        server.start();
        try {
            server.createDatabase("mobility_backup", "mobility_backup", "backup-only");
            MysqlDataSource db = new MysqlDataSource();
            db.setURL(server.jdbcUrl("mobility_backup"));
            db.setUser("mobility_backup");
            db.setPassword("backup-only");
            DatabaseMigrator.migrate(db, true, TestClock.today());
            Map<String, String> env = Map.of("MOBILITY_DB_URL", server.jdbcUrl("mobility_backup"),
                    "MOBILITY_DB_USER", "mobility_backup", "MOBILITY_DB_PASSWORD", "backup-only");

            roundTrip(db, env, WORK.resolve("mobility.mysql.sql.gz"));

            try (Connection connection = db.getConnection(); Statement sql = connection.createStatement()) {
                sql.execute("CREATE TABLE added_after_the_backup (id INT)");
            }
            assertThat(run(env, "config/scripts/restore.sh", "--yes", WORK.resolve("mobility.mysql.sql.gz").toString()).exitCode()).isZero();
            assertThat(tables(db)).as("a table the backup did not have is gone").doesNotContain("added_after_the_backup");
        } finally {
            server.stop();
        }
    }

    private static void roundTrip(DataSource db, Map<String, String> env, Path backup) throws Exception {
        Files.createDirectories(WORK);
        Files.deleteIfExists(backup);
        Map<String, Object> before = content(db);
        assertThat(before).as("the demo is loaded").containsKey("rows mobility_call");

        Result saved = run(env, "config/scripts/backup.sh", backup.toString());
        assertThat(saved.exitCode()).as(saved.output()).isZero();
        assertThat(backup).isNotEmptyFile();

        change(db);
        assertThat(content(db)).as("changed after the backup").isNotEqualTo(before);

        Result refused = run(env, "config/scripts/restore.sh", backup.toString());
        assertThat(refused.exitCode()).as("no restore without --yes when nobody can answer").isNotZero();

        Result restored = run(env, "config/scripts/restore.sh", "--yes", backup.toString());
        assertThat(restored.exitCode()).as(restored.output()).isZero();
        Map<String, Object> after = content(db);
        assertThat(after).isEqualTo(before);
        assertThat(after.toString()).doesNotContain(CHANGED_TITLE);
    }

    /** A row changed and one added after the backup. */
    private static void change(DataSource db) throws SQLException {
        try (Connection connection = db.getConnection()) {
            try (Statement sql = connection.createStatement()) {
                assertThat(sql.executeUpdate("UPDATE mobility_call SET title = '" + CHANGED_TITLE
                        + "' WHERE id = (SELECT id FROM (SELECT MIN(id) AS id FROM mobility_call) AS first_call)")).isOne();
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_entry (occurred_at, actor_email,"
                    + " action, subject_type, detail) VALUES (?, 'test', 'BACKUP_TEST', 'TEST', 'after the backup')")) {
                insert.setTimestamp(1, Timestamp.from(Instant.now()));
                insert.executeUpdate();
            }
        }
    }

    /**
     * What must come back: every table's row count, the calls' titles, the audit trail's last entry,
     * and every module material's bytes checked against the SHA-256 it was stored with.
     */
    private static Map<String, Object> content(DataSource db) throws SQLException {
        Map<String, Object> content = new TreeMap<>();
        try (Connection connection = db.getConnection(); Statement sql = connection.createStatement()) {
            // Names as the database reports them, quoted: Flyway's tables are lower case on H2.
            String quote = connection.getMetaData().getIdentifierQuoteString();
            for (String table : tables(db)) {
                try (ResultSet count = sql.executeQuery("SELECT COUNT(*) FROM " + quote + table + quote)) {
                    count.next();
                    content.put("rows " + table.toLowerCase(), count.getLong(1));
                }
            }
            content.put("call titles", strings(sql, "SELECT title FROM mobility_call ORDER BY id"));
            content.put("last audit entry", strings(sql, "SELECT action FROM audit_entry WHERE id = (SELECT MAX(id) FROM audit_entry)"));
            Map<String, Boolean> materials = new LinkedHashMap<>();
            try (ResultSet rows = sql.executeQuery("SELECT file_name, sha256, content FROM module_material ORDER BY id")) {
                while (rows.next()) {
                    materials.put(rows.getString(1), rows.getString(2).equals(sha256(rows.getBytes(3))));
                }
            }
            assertThat(materials).as("the demo's session files").isNotEmpty();
            content.put("module materials intact", materials);
        }
        return content;
    }

    private static List<String> tables(DataSource db) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection connection = db.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            try (ResultSet rows = meta.getTables(connection.getCatalog(), connection.getSchema(), "%", new String[] {"TABLE"})) {
                while (rows.next()) {
                    tables.add(rows.getString("TABLE_NAME"));
                }
            }
        }
        return tables;
    }

    private static List<String> strings(Statement sql, String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rows = sql.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Result(int exitCode, String output) {
    }

    /** Runs a script of the checkout, from the checkout, with {@code env} added to the environment; no standard input. */
    private static Result run(Map<String, String> env, String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of("bash"));
        line.addAll(List.of(command));
        ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
        return new Result(process.exitValue(), output);
    }
}
