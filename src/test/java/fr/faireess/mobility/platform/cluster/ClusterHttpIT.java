package fr.faireess.mobility.platform.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.parallel.ResourceLock;

import com.mysql.cj.jdbc.MysqlDataSource;

import fr.faireess.mobility.identity.ApiTokens;
import fr.faireess.mobility.platform.config.Settings;
import fr.faireess.mobility.platform.persistence.DatabaseMigrator;
import fr.faireess.mobility.support.ApiCalls;
import fr.faireess.mobility.support.DemoAccounts;
import fr.faireess.mobility.support.RunningApp;
import fr.faireess.mobility.support.TestClock;
import fr.faireess.mobility.support.TestMailServer;
import fr.faireess.mobility.support.LocalPorts;
import fr.faireess.mobility.support.TestLanes;
import fr.faireess.mobility.support.WebClient;

/**
 * Two instances of the application clustered on Payara Micro's Data Grid (TCP discovery on loopback,
 * as config/scripts/cluster.sh starts them) against one MariaDB database of their own: each job runs
 * once per cluster, and each mail of the outbox leaves once. Costs two Payara Micro JVMs, so it runs
 * only when {@code TEST_CLUSTER=true} and {@code TEST_MYSQL_URL} names a server (CI's MariaDB run).
 */
@ResourceLock(TestLanes.SHARED_DEPLOYMENT)
@ResourceLock(TestLanes.OWN_SERVERS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterHttpIT {

    private static final String DATABASE = "mobility_ci_cluster";
    private static final String MYSQL_URL = System.getenv("TEST_MYSQL_URL");
    private static final String RECIPIENT = "cluster-check@example.org";
    /** An API client of this test's own, with a rate both instances share. */
    private static final String API_TOKEN = ApiTokens.PREFIX + "clusterRateCheck" + "x".repeat(43 - "clusterRateCheck".length());
    private static final int RATE_PER_MINUTE = 6;
    private static final String ADMIN = "cluster-admin@example.org";
    private static final String YEARS = "/admin/reference/years.xhtml";
    private static final String DEMO_PASSWORD_HASH =
            "PBKDF2WithHmacSHA256:120000:OzxRsZC/NEW9gjL5F5gSMQ==:mmlHXgSOQLnspU5RnajfpMpfwjNH5YwS9MHfOTW6Ftg=";
    private static String jdbcUrl;
    private static final Map<String, String> credentials = new HashMap<>();
    private static RunningApp first;
    private static RunningApp second;

    @BeforeAll
    static void startTwoClusteredInstances() throws Exception {
        assumeTrue("true".equals(System.getenv("TEST_CLUSTER")) && MYSQL_URL != null && !MYSQL_URL.isBlank(),
                "two clustered instances: only with TEST_CLUSTER=true and TEST_MYSQL_URL (CI's MariaDB run)");
        int query = MYSQL_URL.indexOf('?');
        String server = MYSQL_URL.substring(0, MYSQL_URL.lastIndexOf('/', query < 0 ? MYSQL_URL.length() : query) + 1);
        List<String> options = new ArrayList<>();
        for (String parameter : (query < 0 ? "" : MYSQL_URL.substring(query + 1)).split("&")) {
            String[] pair = parameter.split("=", 2);
            if (pair[0].equals("user") || pair[0].equals("password")) {
                credentials.put(pair[0], URLDecoder.decode(pair.length > 1 ? pair[1] : "", StandardCharsets.UTF_8));
            } else if (!parameter.isEmpty()) {
                options.add(parameter);
            }
        }
        jdbcUrl = server + DATABASE + "?" + String.join("&", options);
        try (Connection connection = DriverManager.getConnection(MYSQL_URL); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE);
            statement.execute("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        // The schema first, from here: then both instances start at once and find it up to date.
        MysqlDataSource db = new MysqlDataSource();
        db.setURL(jdbcUrl);
        db.setUser(credentials.get("user"));
        db.setPassword(credentials.getOrDefault("password", ""));
        DatabaseMigrator.migrate(db, false, TestClock.today());
        addApiClient();

        int gridA = LocalPorts.free();
        int gridB = LocalPorts.free();
        String members = "tcpip:127.0.0.1:" + gridA + ",127.0.0.1:" + gridB;
        String name = "mobility-ci-" + ProcessHandle.current().pid();
        Map<String, String> settings = Map.of("mobility.db.url", jdbcUrl, "mobility.db.user", credentials.get("user"),
                "mobility.db.password", credentials.getOrDefault("password", ""), "mobility.demo", "false",
                Settings.API_RATE_PER_MINUTE, String.valueOf(RATE_PER_MINUTE));
        CompletableFuture<RunningApp> a = CompletableFuture.supplyAsync(() -> RunningApp.startOwn("cluster-a", settings,
                grid(name, members, gridA, "cluster-a")));
        CompletableFuture<RunningApp> b = CompletableFuture.supplyAsync(() -> RunningApp.startOwn("cluster-b", settings,
                grid(name, members, gridB, "cluster-b")));
        first = a.join();
        second = b.join();
    }

    private static List<String> grid(String name, String members, int port, String instance) {
        return List.of("--clustername", name, "--clustermode", members, "--startport", String.valueOf(port),
                "--hzpublicaddress", "127.0.0.1", "--interfaces", "127.0.0.1", "--nohostaware", "--name", instance);
    }

    @AfterAll
    static void stopBoth() throws SQLException {
        if (first != null) {
            first.stop();
        }
        if (second != null) {
            second.stop();
        }
        if (jdbcUrl != null) {
            try (Connection connection = DriverManager.getConnection(MYSQL_URL); Statement statement = connection.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + DATABASE);
            }
        }
    }

    /** Before the last test, which stops an instance. */
    @Test
    @Order(1)
    void anApiClientsRateIsCountedOnceForTheCluster() {
        ApiCalls[] instances = {new ApiCalls(first), new ApiCalls(second)};
        for (int call = 0; call < RATE_PER_MINUTE; call++) {
            ApiCalls.Answer answer = instances[call % 2].get(API_TOKEN, "/api/v1/hosts?size=1");
            assertThat(answer.status()).as("call %d, on instance %s: %s", call + 1, call % 2 == 0 ? "A" : "B", answer).isEqualTo(200);
        }
        // The calls are spread over both instances: the next one is over the rate on either.
        for (ApiCalls instance : instances) {
            ApiCalls.Answer refused = instance.get(API_TOKEN, "/api/v1/hosts?size=1");
            assertThat(refused.status()).as(refused.toString()).isEqualTo(429);
            assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 60);
        }
    }

    /**
     * The reference lists live in the Data Grid's JCache: an academic year an administrator adds on one
     * instance is in the other's list within a second, not after the list's 60 s lifetime.
     */
    @Test
    @Order(2)
    void anAcademicYearAddedOnOneInstanceIsListedAtOnceOnTheOther() throws Exception {
        eventually(Duration.ofSeconds(60), () -> dataGridOfTwo(first) && dataGridOfTwo(second), "the two instances form one data grid");
        WebClient onB = new WebClient(second);
        assertThat(onB.login(ADMIN, DemoAccounts.PASSWORD).isRedirect()).as("admin login on B").isTrue();
        WebClient.Page before = onB.get(YEARS);
        assertThat(before.status()).isEqualTo(200);

        WebClient onA = new WebClient(first);
        assertThat(onA.login(ADMIN, DemoAccounts.PASSWORD).isRedirect()).as("admin login on A").isTrue();
        WebClient.Page form = onA.get(YEARS);
        String code = form.document().getElementById("year:code").val();
        assertThat(code).matches("\\d{4}-\\d{4}");
        assertThat(years(before)).as("B's list, read (and kept) before the change").isNotEmpty().doesNotContain(code);
        WebClient.Page added = onA.submit(form, "year", Map.of("code", code,
                "startsOn_input", form.document().getElementById("year:startsOn_input").val(),
                "endsOn_input", form.document().getElementById("year:endsOn_input").val()), "add");
        assertThat(added.isRedirect()).as("the year added on A: %s", added.body()).isTrue();

        // B uses the list it read last for up to a second (SharedCache.NEAR_MS) before it asks the grid again.
        eventually(Duration.ofSeconds(3), () -> years(onB.get(YEARS)).contains(code), "B lists the year added on A");
        assertThat(logged(first, "Shared cache: JCache 'mobility-shared' on the Data Grid")
                && logged(second, "Shared cache: JCache 'mobility-shared' on the Data Grid")).isTrue();
    }

    private static List<String> years(WebClient.Page page) {
        return page.document().select("#years tbody tr td:first-child").eachText();
    }

    @Test
    @Order(3)
    void eachJobRunsOncePerClusterAndEachMailLeavesOnce() throws Exception {
        eventually(Duration.ofSeconds(60), () -> logged(first, "Data Grid State") && dataGridOfTwo(first),
                "the two instances form one data grid");

        // The consent job's catch-up run fires 20 s after each start, on both: one claims it.
        eventually(Duration.ofSeconds(60), () -> claims(JobLock.CONSENT_EXPIRY) >= 1
                && (logged(first, "Job consent-expiry: run by another instance") || logged(second, "Job consent-expiry: run by another instance")),
                "both instances tried the consent job's catch-up run");
        assertThat(claims(JobLock.CONSENT_EXPIRY)).as("consent job runs (claims)").isEqualTo(1);

        // Thirty mails queued at once: they leave from the instance holding the outbox, once each.
        String batch = "cluster-" + System.nanoTime();
        queue(batch, 30);
        eventually(Duration.ofSeconds(40), () -> sentCount(batch) == 30, "the thirty mails are sent");
        String holder = owner(JobLock.MAIL_OUTBOX);
        assertThat(subjects(batch)).hasSize(30).doesNotHaveDuplicates();

        // The holder stops (cleanly: it gives the outbox up): the other instance sends the next ones.
        RunningApp holding = holder.startsWith(first.pid() + "@") ? first : second;
        RunningApp other = holding == first ? second : first;
        assertThat(holder).startsWith(holding.pid() + "@");
        holding.stop();
        String after = "cluster-after-" + System.nanoTime();
        queue(after, 10);
        eventually(Duration.ofSeconds(45), () -> sentCount(after) == 10, "the ten mails queued after the holder stopped are sent");
        assertThat(subjects(after)).hasSize(10).doesNotHaveDuplicates();
        assertThat(owner(JobLock.MAIL_OUTBOX)).startsWith(other.pid() + "@");
        assertThat(subjects(batch)).as("nothing sent twice meanwhile").hasSize(30);
    }

    /**
     * An administrator (the demo accounts' password, hashed as in demo V1) and an API client acting as
     * them (read the host directory), straight into the database.
     */
    private static void addApiClient() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("""
                    INSERT INTO account (email, first_name, last_name, password_hash, enabled, created_at, version)
                    VALUES ('cluster-admin@example.org', 'Cluster', 'Check', '%s', TRUE, CURRENT_TIMESTAMP, 0)""".formatted(DEMO_PASSWORD_HASH));
            statement.executeUpdate("""
                    INSERT INTO account_role (account_id, role)
                    SELECT id, 'ADMIN' FROM account WHERE email = 'cluster-admin@example.org'""");
            statement.executeUpdate("""
                    INSERT INTO api_client (name, token_hash, token_hint, account_id, scopes, expires_at, created_at, created_by, use_count, version)
                    SELECT 'Cluster check', '%s', 'mfe_cluste…', id, 'hosts:read', '2099-12-31 00:00:00', CURRENT_TIMESTAMP,
                           'cluster-admin@example.org', 0, 0 FROM account WHERE email = 'cluster-admin@example.org'""".formatted(ApiTokens.hash(API_TOKEN)));
        }
    }

    private static boolean dataGridOfTwo(RunningApp app) {
        return app.logSince(0).stream().anyMatch(line -> line.contains("DG Size: 2"));
    }

    private static boolean logged(RunningApp app, String text) {
        return app.logSince(0).stream().anyMatch(line -> line.contains(text));
    }

    private static void queue(String subjectPrefix, int count) throws SQLException {
        try (Connection connection = connect(); PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO mail_outbox (recipient, subject, body, created_at, mail_state, attempts, version)
                VALUES (?, ?, ?, ?, 'QUEUED', 0, 0)""")) {
            for (int i = 0; i < count; i++) {
                insert.setString(1, RECIPIENT);
                insert.setString(2, subjectPrefix + " #" + i);
                insert.setString(3, "Cluster check");
                insert.setTimestamp(4, Timestamp.from(Instant.now()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static List<String> subjects(String prefix) {
        return TestMailServer.get().messagesTo(RECIPIENT).stream().map(TestMailServer.Received::subject)
                .filter(s -> s.startsWith(prefix + " #")).toList();
    }

    /** Mails of the batch received so far (a mail sent twice counts twice). */
    private static int sentCount(String prefix) {
        return subjects(prefix).size();
    }

    private static long claims(String job) {
        return query("SELECT claims FROM job_lock WHERE job_name = ?", job, rows -> rows.getLong(1));
    }

    private static String owner(String job) {
        return query("SELECT owner FROM job_lock WHERE job_name = ?", job, rows -> rows.getString(1));
    }

    private interface Column<T> {
        T read(java.sql.ResultSet rows) throws SQLException;
    }

    private static <T> T query(String sql, String job, Column<T> column) {
        try (Connection connection = connect(); PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, job);
            try (var rows = select.executeQuery()) {
                rows.next();
                return column.read(rows);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, credentials.get("user"), credentials.getOrDefault("password", ""));
    }

    private static void eventually(Duration timeout, BooleanSupplier condition, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("within " + timeout + ": " + what).isBefore(deadline);
            Thread.sleep(250);
        }
    }

}
