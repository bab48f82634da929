package fr.faireess.mobility.platform.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.jsoup.nodes.Element;

import fr.faireess.mobility.support.DemoAccounts;
import fr.faireess.mobility.support.PrivateMariaDb;
import fr.faireess.mobility.support.RunningApp;
import fr.faireess.mobility.support.WebClient;
import fr.faireess.mobility.support.WebClient.Page;
import fr.faireess.mobility.support.TestLanes;

/**
 * The database goes away under the running application and comes back (issue #14): the application,
 * on a MariaDB server of this test's own, says it is not ready, shows the French error page (no stack
 * trace), keeps nothing of a form posted meanwhile, and serves again by itself within seconds of the
 * database's return, logging the outage once rather than every few seconds. Needs {@code mariadbd}:
 * runs when {@code TEST_OWN_MARIADB=true} (CI's MariaDB run).
 */
@EnabledIfEnvironmentVariable(named = PrivateMariaDb.ENABLED, matches = "true")
@ResourceLock(TestLanes.SHARED_DEPLOYMENT)
@ResourceLock(TestLanes.OWN_SERVERS)
class DatabaseOutageHttpIT {

    private static final String STUDENT = "zoe.gimenez@etudiant.faire-ess.fr";
    private static final Duration RECOVERY_LIMIT = Duration.ofSeconds(30);
    private static PrivateMariaDb database;
    private static RunningApp app;

    @BeforeAll
    static void startDatabaseAndApplication() {
        Path work = Path.of(System.getProperty("it.work.dir", "target/it"));
        database = new PrivateMariaDb(work.resolve("outage-mariadb"));
        database.start();
        database.createDatabase("mobility_outage", "mobility_outage", "outage-only");
        app = RunningApp.startOwn("outage-app", Map.of(
                "mobility.db.url", database.jdbcUrl("mobility_outage"),
                "mobility.db.user", "mobility_outage",
                "mobility.db.password", "outage-only",
                "mobility.demo", "true"));
    }

    @AfterAll
    static void stopBoth() {
        if (app != null) {
            app.stop();
        }
        if (database != null) {
            database.stop();
        }
    }

    @Test
    void theApplicationSaysSoWhileTheDatabaseIsDownKeepsNothingHalfDoneAndRecoversByItself() throws IOException {
        assertThat(ready()).isEqualTo(200);
        WebClient student = new WebClient(app);
        student.login(STUDENT, DemoAccounts.PASSWORD);
        String file = fileOf(student);
        String before = "Message écrit avant la coupure " + System.nanoTime();
        Page sent = answer(student, student.submit(student.get(file), "thread", Map.of("comment", before), "send"));
        assertThat(sent.document().text()).contains("Message envoyé.");

        // A quick restart, nothing asked meanwhile: the pool holds only connections to the old server.
        // Without validation it handed them out for ever (readiness DOWN, "No operations allowed after
        // connection closed" on every page) until the application was restarted.
        database.kill();
        database.start();
        assertThat(waitFor(() -> ready() == 200, RECOVERY_LIMIT)).as("readiness UP after a quick restart").isNotNull();
        assertThat(student.get(file).body()).as("the session goes on").contains(before);

        // A longer outage, with users at work.
        Page openBeforeTheOutage = student.get(file);
        database.kill();

        assertThat(waitFor(() -> ready() == 503, Duration.ofSeconds(30))).as("readiness DOWN").isNotNull();
        assertThat(readyBody()).contains("DOWN").doesNotContain("Exception").doesNotContain("mysql");
        Page list = student.follow("/student/applications/list.xhtml");
        assertFrenchErrorPage(list);
        String during = "Message écrit pendant la coupure " + System.nanoTime();
        assertFrenchErrorPage(answer(student, student.submit(openBeforeTheOutage, "thread", Map.of("comment", during), "send")));
        assertThat(new WebClient(app).login(STUDENT, DemoAccounts.PASSWORD).document().text())
                .doesNotContain("Exception");

        assertThat(waitFor(() -> count(log(), "Mail sender (outbox round") >= 1, Duration.ofSeconds(20)))
                .as("the mail sender met the outage").isNotNull();

        Instant back = Instant.now();
        database.start();
        Duration recovery = waitFor(() -> ready() == 200, RECOVERY_LIMIT);
        assertThat(recovery).as("readiness UP again within %s of the database's return", RECOVERY_LIMIT).isNotNull();
        System.out.println("Database outage: the application was ready again " + recovery.toMillis()
                + " ms after the database answered (" + Duration.between(back, Instant.now()).toMillis()
                + " ms after it was started again)");

        // The session opened before the outage goes on, and a new login works.
        Page again = student.get(file);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).contains(before).doesNotContain(during);
        WebClient later = new WebClient(app);
        Page home = later.login(STUDENT, DemoAccounts.PASSWORD);
        assertThat(home.isRedirect()).as("login answered by a redirect to the home page").isTrue();
        assertThat(later.follow(home.redirectPath()).status()).isEqualTo(200);
        assertThat(later.get(file).body()).contains(before).doesNotContain(during);
        String after = "Message écrit après le retour " + System.nanoTime();
        Page saved = answer(later, later.submit(later.get(file), "thread", Map.of("comment", after), "send"));
        assertThat(saved.document().text()).contains("Message envoyé.");
        assertThat(later.get(file).body()).contains(before).contains(after).doesNotContain(during);

        // The mail sender (a round every 5 s, every 30 s while failing) and the readiness check (polled
        // above) each logged the outage once, and its end once.
        Duration settle = waitFor(() -> count(log(), "Mail sender (outbox round") >= 2, Duration.ofSeconds(40));
        assertThat(settle).as("mail sender's INFO after the outage").isNotNull();
        List<String> lines = log();
        assertThat(count(lines, "Mail sender (outbox round, every 30 s while it fails) failed:")).isEqualTo(1);
        assertThat(count(lines, "Mail sender (outbox round, every 30 s while it fails) works again")).isEqualTo(1);
        assertThat(count(lines, "Readiness check (the database answers) failed:")).isEqualTo(1);
        assertThat(count(lines, "Readiness check (the database answers) works again")).isEqualTo(1);
    }

    /** The page a browser ends on after a form post: the post's answer, or where it redirects. */
    private static Page answer(WebClient web, Page posted) {
        return posted.isRedirect() ? web.follow(posted.redirectPath()) : posted;
    }

    private static void assertFrenchErrorPage(Page page) {
        assertThat(page.title()).isEqualTo("Une erreur est survenue");
        assertThat(page.body()).doesNotContain("Exception").doesNotContain("at fr.faireess").doesNotContain("SQL");
    }

    /** The student's own application file, from her list. */
    private static String fileOf(WebClient student) {
        Element link = student.get("/student/applications/list.xhtml").document()
                .selectFirst("ul.my-applications a[href*=file.xhtml]");
        assertThat(link).as("the student's application").isNotNull();
        return link.attr("href");
    }

    private static int ready() {
        return readiness().statusCode();
    }

    private static String readyBody() {
        return readiness().body();
    }

    private static HttpResponse<String> readiness() {
        try {
            return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build().send(
                    HttpRequest.newBuilder(URI.create(app.url("/health/ready"))).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** How long until {@code condition} held (checked every 250 ms), or null if it did not within {@code limit}. */
    private static Duration waitFor(java.util.function.BooleanSupplier condition, Duration limit) {
        Instant start = Instant.now();
        while (Duration.between(start, Instant.now()).compareTo(limit) < 0) {
            if (condition.getAsBoolean()) {
                return Duration.between(start, Instant.now());
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return null;
    }

    private static List<String> log() {
        try {
            return Files.readAllLines(app.log(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(List<String> lines, String text) {
        Predicate<String> has = line -> line.contains(text);
        return lines.stream().filter(has).count();
    }
}
