package fr.faireess.mobility.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.identity.AccountService;
import fr.faireess.mobility.platform.persistence.DataSourceSetup;
import fr.faireess.mobility.support.Bench;
import fr.faireess.mobility.support.Bench.Figure;
import fr.faireess.mobility.support.DemoAccounts;
import fr.faireess.mobility.support.Deployments;

/**
 * The coordinator's review list at a realistic volume (3 calls, 5,000 applications of 2,500 students,
 * one to three wishes each), measured as its lazy model uses it: a count, then one page of 25, for
 * the filters and orders the page offers. The coordinator sees both campuses (the demo's Nadia
 * Benali), so the campus scope is in every query as it is in production. Asserts the counts only.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReviewListBenchmark {

    private static final String NAME = "ReviewListBenchmark";
    private static final int STUDENTS = 2_500;
    private static final int[] PER_CALL = {2_000, 1_800, 1_200};
    /** Rounds of every case before any is measured, so the first case does not pay for the JIT alone. */
    private static final int WARMUP_ROUNDS = 20;
    private static final int WARMUPS = 5;
    private static final int RUNS = 100;
    private static final int PAGE = 25;

    @Deployment
    static WebArchive deployment() {
        return Deployments.services();
    }

    @Inject private ApplicationService applications;
    @Inject private ApplicationQueries applicationQueries;
    @Inject private AccountService accounts;
    @Inject private UserTransaction transaction;
    @Resource(lookup = DataSourceSetup.JNDI_NAME) private DataSource dataSource;

    private record Case(String label, ApplicationCriteria criteria, boolean lastPage) {
    }

    @Test
    @Order(1)
    void measureTheReviewList() throws Exception {
        Bench.forget(NAME);
        Account coordinator = accounts.findByEmail(DemoAccounts.COORDINATOR_PERPIGNAN)
                .orElseThrow(() -> new IllegalStateException("Demo coordinator missing (demo data off?)"));
        List<String> report = new ArrayList<>();
        report.add(Bench.environment(dataSource));

        // What the list held before (the demo's files; on a shared database, other runs' too).
        Map<String, Long> before = new LinkedHashMap<>();
        for (Case c : cases(List.of())) {
            if (c.criteria().callId() == null) {
                before.put(c.label(), applicationQueries.countNow(c.criteria(), coordinator));
            }
        }
        long heapBefore = Bench.heapUsedMb(true);
        String run = Long.toString(System.currentTimeMillis(), 36);
        long seedStart = System.nanoTime();
        ReviewListSeed.Seeded seeded = inTransaction(db -> ReviewListSeed.seed(db, run, STUDENTS, PER_CALL));
        long seedMs = Bench.msSince(seedStart);
        try {
            long heapSeeded = Bench.heapUsedMb(true);
            report.add(String.format("seeded    : %d students, %d calls, %d applications (%d listed, drafts hidden),"
                            + " %d wishes, in %d ms (JDBC batches of 500, one transaction; not part of the figures)",
                    seeded.students(), seeded.callIds().size(), seeded.applications(), seeded.listed(),
                    seeded.wishes(), seedMs));
            report.add(String.format("measured  : count + page of %d per run; %d warm-up rounds of every case, then per"
                    + " case %d more and %d measured, one after the other on one thread, as %s%n", PAGE, WARMUP_ROUNDS,
                    WARMUPS, RUNS, coordinator.getEmail()));

            List<Case> cases = cases(seeded.callIds());
            for (int round = 0; round < WARMUP_ROUNDS; round++) {
                cases.forEach(c -> countAndPage(c, coordinator));
            }
            List<Figure> figures = new ArrayList<>();
            for (Case c : cases) {
                Figure figure = Bench.measure(c.label(), WARMUPS, RUNS, () -> countAndPage(c, coordinator), dataSource);
                figures.add(figure);
                assertEquals(expected(c, seeded, before), figure.rows(), c.label() + ": rows matched");
            }
            report.add(Bench.table(figures));
            long heapMeasured = Bench.heapUsedMb(false);
            report.add(String.format("heap used : %d MB before seeding, %d MB seeded, %d MB after measuring"
                    + " (%d MB after a GC) — Runtime figures, rough", heapBefore, heapSeeded, heapMeasured,
                    Bench.heapUsedMb(true)));
            assertOnlyMatchingRowsShown(seeded, coordinator);
        } finally {
            long cleanStart = System.nanoTime();
            int deleted = inTransaction(db -> ReviewListSeed.remove(db, run));
            report.add(String.format("clean-up  : %d rows deleted in %d ms", deleted, Bench.msSince(cleanStart)));
            int calls = seeded.callIds().size();
            assertEquals(2 * seeded.students() + calls * (1 + 2 + 3 + 3) + seeded.applications() + seeded.wishes(),
                    deleted, "every seeded row is removed, and nothing else");
        }
        Bench.write(NAME, report);
    }

    @Test
    @Order(2)
    @RunAsClient
    void printTheFigures() {
        Assumptions.assumeTrue(Bench.print(NAME), "no figures: the measure failed");
    }

    /** The cases of the page: its default, each order, a deep page, each kind of filter. */
    private static List<Case> cases(List<Long> calls) {
        List<Case> cases = new ArrayList<>(List.of(
                new Case("no filter, newest first", criteria(null, null, null, null, null, Sort.SUBMITTED), false),
                new Case("no filter, by score", criteria(null, null, null, null, null, Sort.SCORE), false),
                new Case("no filter, by name", criteria(null, null, null, null, null, Sort.NAME), false),
                new Case("no filter, last page", criteria(null, null, null, null, null, Sort.SUBMITTED), true),
                new Case("status SUBMITTED", criteria(null, null, null, ApplicationStatus.SUBMITTED, null, Sort.SUBMITTED),
                        false),
                new Case("destination DE", criteria(null, null, null, null, "DE", Sort.SUBMITTED), false)));
        if (!calls.isEmpty()) {
            cases.add(new Case("call 2 + MONTPELLIER + EJE", criteria(calls.get(1), "MONTPELLIER", "EJE", null, null,
                    Sort.SUBMITTED), false));
        }
        return cases;
    }

    private static ApplicationCriteria criteria(Long call, String campus, String programme, ApplicationStatus status,
                                                String country, Sort sort) {
        return new ApplicationCriteria(call, campus, programme, null, status, country, sort);
    }

    /** What the lazy model does for one page view: count, then load the page the paginator shows. */
    private long countAndPage(Case c, Account coordinator) {
        long count = applicationQueries.countNow(c.criteria(), coordinator);
        int first = c.lastPage() ? (int) ((count - 1) / PAGE * PAGE) : 0;
        List<MobilityApplication> page = applicationQueries.page(c.criteria(), first, PAGE, coordinator);
        if (page.size() != Math.min(PAGE, count - first)) {
            throw new IllegalStateException(c.label() + ": page of " + page.size() + " for " + count + " rows");
        }
        return count;
    }

    private static long expected(Case c, ReviewListSeed.Seeded seeded, Map<String, Long> before) {
        ApplicationCriteria criteria = c.criteria();
        if (criteria.callId() != null) {
            return seeded.byCallCampusProgramme().getOrDefault(ReviewListSeed.Seeded.key(1, "MONTPELLIER", "EJE"), 0);
        }
        long added = criteria.status() != null ? seeded.byStatus().getOrDefault(criteria.status(), 0)
                : criteria.country() != null ? seeded.byFirstCountry().getOrDefault(criteria.country(), 0)
                : seeded.listed();
        return before.get(c.label()) + added;
    }

    /** Outside the timing: the filtered page holds only files of that call, campus and programme. */
    private void assertOnlyMatchingRowsShown(ReviewListSeed.Seeded seeded, Account coordinator) {
        ApplicationCriteria criteria = criteria(seeded.callIds().get(1), "MONTPELLIER", "EJE", null, null, Sort.NAME);
        List<MobilityApplication> page = applicationQueries.page(criteria, 0, PAGE, coordinator);
        assertEquals(PAGE, page.size());
        assertTrue(page.stream().allMatch(a -> a.getCall().getId().equals(seeded.callIds().get(1))
                && a.getStudent().getCampus().getCode().equals("MONTPELLIER")
                && a.getStudent().getProgramme().getCode().equals("EJE")
                && a.getStatus() != ApplicationStatus.DRAFT), "filtered page: " + page);
    }

    private <T> T inTransaction(Bench.Work<T> work) throws Exception {
        return Bench.inTransaction(transaction, dataSource, work);
    }
}
