package fr.faireess.mobility.application;

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;

import javax.sql.DataSource;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.faireess.mobility.support.Bench;
import fr.faireess.mobility.support.DemoAccounts;
import fr.faireess.mobility.support.Deployments;
import fr.faireess.mobility.support.PageLoad;
import fr.faireess.mobility.support.PageLoad.Result;

/**
 * Issue #14, item 4: the coordinator's review list page (JSF + PrimeFaces, its lazy model) against the
 * floor, {@link ReviewListFloorServlet} (the same query, the same 25 rows as hand-written HTML), over
 * real HTTP with 16 concurrent logged-in coordinator sessions: throughput, median, p95, p99 of each and
 * the page's throughput as a share of the servlet's, at the demo's size and then with 100,000 more
 * applications (seeded like {@code ScaleBenchmark}'s review list, deleted at the end). Where the page's
 * time goes: the query alone in the server (no HTTP), one client at a time, SQL statements per request
 * (H2), bytes per answer and the view state's size. Prints figures; asserts only that both answer 200
 * with their rows.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PageVsServletBenchmark {

    private static final String NAME = "PageVsServletBenchmark";
    private static final int CLIENTS = 16;
    private static final int CALLS = 10;
    private static final Duration WARMUP = Duration.ofSeconds(Long.getLong("bench.page.warmup", 15));
    private static final Duration MEASURED = Duration.ofSeconds(Long.getLong("bench.page.seconds", 20));
    private static final String PAGE = "coordinator/applications/list.xhtml";
    private static final String FLOOR = "coordinator/bench/review-list";
    private static final String PROBE = "coordinator/bench/probe";

    @Deployment
    static WebArchive deployment() {
        return Deployments.services();
    }

    @ArquillianResource private URL base;
    @Inject private UserTransaction transaction;
    @Resource(lookup = fr.faireess.mobility.platform.persistence.DataSourceSetup.JNDI_NAME) private DataSource dataSource;

    @Test
    @Order(1)
    @RunAsClient
    void atTheDemoSize() throws Exception {
        Files.deleteIfExists(report());
        Files.deleteIfExists(seedFile());
        append("page vs servlet, " + CLIENTS + " clients, " + WARMUP.toSeconds() + " s warm-up then " + MEASURED.toSeconds()
                + " s measured per address; as " + DemoAccounts.COORDINATOR_PERPIGNAN + " (both campuses), default order\n");
        measure("demo");
    }

    @Test
    @Order(2)
    void seed100k() throws Exception {
        String run = Long.toString(System.nanoTime(), 36);
        long start = System.nanoTime();
        List<String> years = Bench.inTransaction(transaction, dataSource, db -> ReviewListSeed.ensureAcademicYears(db, CALLS));
        Files.writeString(seedFile(), run + "\n" + String.join(",", years), StandardCharsets.UTF_8);
        int[] perCall = new int[CALLS];
        Arrays.fill(perCall, 9_900);
        ReviewListSeed.Seeded seeded = Bench.inTransaction(transaction, dataSource,
                db -> ReviewListSeed.seed(db, run, 24_000, perCall));
        append(String.format(Locale.ROOT, "seeded %,d applications (%,d listed) of %,d students in %,d ms%n",
                seeded.applications(), seeded.listed(), seeded.students(), Bench.msSince(start)));
    }

    @Test
    @Order(3)
    @RunAsClient
    void at100k() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(seedFile()), "not seeded");
        measure("100k");
    }

    @Test
    @Order(4)
    void removeTheSeed() throws Exception {
        if (!Files.isRegularFile(seedFile())) {
            return;
        }
        List<String> lines = Files.readAllLines(seedFile(), StandardCharsets.UTF_8);
        long start = System.nanoTime();
        int deleted = Bench.inTransaction(transaction, dataSource, db -> ReviewListSeed.remove(db, lines.get(0))
                + removeYears(db, lines.size() < 2 || lines.get(1).isBlank() ? List.of() : List.of(lines.get(1).split(","))));
        Files.delete(seedFile());
        append(String.format(Locale.ROOT, "clean-up: %,d rows deleted in %,d ms%n", deleted, Bench.msSince(start)));
    }

    @Test
    @Order(5)
    @RunAsClient
    void printTheFigures() {
        Assumptions.assumeTrue(Bench.print(NAME), "no figures: the measure failed");
    }

    /** One stage: the query alone, one client then 16 on each address, SQL per request, sizes, memory. */
    private void measure(String stage) throws Exception {
        String root = base.toString().endsWith("/") ? base.toString() : base + "/";
        List<HttpClient> sessions = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            sessions.add(PageLoad.login(root, DemoAccounts.COORDINATOR_PERPIGNAN, DemoAccounts.PASSWORD));
        }
        HttpClient one = sessions.get(0);
        String page = root + PAGE;
        String floor = root + FLOOR;
        HttpResponse<String> first = PageLoad.get(one, page);
        if (first.statusCode() != 200 || !first.body().contains("data-ri=")) {
            throw new IllegalStateException("the review list answered " + first.statusCode() + " without rows");
        }
        Element viewState = Jsoup.parse(first.body()).selectFirst("input[name=jakarta.faces.ViewState]");
        long pageSql = statements(one, page);
        long floorSql = statements(one, floor);
        String query = PageLoad.get(one, root + PROBE + "?do=query").body().trim();
        String[] q = query.split(" ");
        List<Result> results = new ArrayList<>();
        results.add(PageLoad.run("JSF page, 1 client", List.of(one), page, "data-ri=", Duration.ofSeconds(5), Duration.ofSeconds(10)));
        results.add(PageLoad.run("servlet, 1 client", List.of(one), floor, "data-ri=", Duration.ofSeconds(5), Duration.ofSeconds(10)));
        Result jsf = PageLoad.run("JSF page", sessions, page, "data-ri=", WARMUP, MEASURED);
        results.add(jsf);
        Result servlet = PageLoad.run("servlet", sessions, floor, "data-ri=", WARMUP, MEASURED);
        results.add(servlet);
        String[] memory = PageLoad.get(one, root + PROBE + "?do=memory").body().trim().split(" ");
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%n-- %s: %s rows listed --%n", stage, q[2]));
        out.append(PageLoad.table(results));
        out.append(String.format(Locale.ROOT, "page's throughput as a share of the servlet's at %d clients: %.0f %%"
                + " (goal >= 50 %%); page p95 %.1f ms (goal <= 100 ms)%n", CLIENTS,
                100.0 * jsf.perSecond() / servlet.perSecond(), jsf.p95Ms()));
        out.append(String.format(Locale.ROOT, "where the time goes: the query alone (count + page of 25, in the server,"
                + " one thread) median %s ms, p95 %s ms; SQL statements per request: page %s, servlet %s;"
                + " view state field %d chars (server-side state), answer %,d bytes (servlet %,d)%n",
                q[0], q[1], pageSql < 0 ? "n/a" : pageSql, floorSql < 0 ? "n/a" : floorSql,
                viewState == null ? 0 : viewState.attr("value").length(), jsf.bytesPerAnswer(), servlet.bytesPerAnswer()));
        out.append(String.format(Locale.ROOT, "server after the loads: resident %s MB, heap in use after a GC %s MB%n",
                memory[0], memory[1]));
        append(out.toString());
    }

    /** SQL statements of one request to {@code url} (10 requests, averaged), or -1 when the database is not H2. */
    private static long statements(HttpClient client, String url) {
        String root = url.substring(0, url.indexOf("coordinator/"));
        PageLoad.get(client, url);
        if (!PageLoad.get(client, root + PROBE + "?do=start").body().trim().equals("started")) {
            return -1;
        }
        for (int i = 0; i < 10; i++) {
            PageLoad.get(client, url);
        }
        return Math.round(Long.parseLong(PageLoad.get(client, root + PROBE + "?do=stop").body().trim()) / 10.0);
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

    private static Path report() {
        return Path.of(System.getProperty("bench.reports"), NAME + ".txt");
    }

    private static Path seedFile() {
        return Path.of(System.getProperty("bench.reports"), NAME + ".seed");
    }

    private static void append(String text) throws Exception {
        Files.createDirectories(report().getParent());
        Files.writeString(report(), text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
