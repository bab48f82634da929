package fr.faireess.mobility.application;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import fr.faireess.mobility.call.CallService;
import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.identity.CampusScope;
import fr.faireess.mobility.platform.persistence.PageWindow;
import fr.faireess.mobility.platform.persistence.WriteGeneration;
import fr.faireess.mobility.platform.security.Role;
import fr.faireess.mobility.platform.security.RoleGuard;

/**
 * The coordinator's lists of applications: the review list's pages and count (filtered and sorted
 * in the database), the countries its filter offers, the counts per call and status, and the
 * waitlisted files a free place could go to — each within the campuses the coordinator sees.
 */
@ApplicationScoped
public class ApplicationQueries {

    @PersistenceContext
    private EntityManager em;

    @Inject private CallService calls;

    /** The best-ranked waitlisted file of a call (highest score, then earliest submission). */
    Optional<MobilityApplication> bestWaitlisted(long callId) {
        return em.createQuery("""
                        select a from MobilityApplication a
                        where a.call.id = :call and a.status = fr.faireess.mobility.application.ApplicationStatus.WAITLISTED
                        order by case when a.score is null then 1 else 0 end, a.score desc, a.submittedAt, a.id""",
                        MobilityApplication.class)
                .setParameter("call", callId).setMaxResults(1).getResultStream().findFirst();
    }

    /**
     * Calls where a place is free and someone waits: the coordinator is offered to select them. The
     * places and the ranking are the whole call's (every campus): the best waitlisted file is offered
     * to the coordinators who see its campus, and to nobody else — never a lower-ranked one instead.
     */
    public List<MobilityApplication> offersFromWaitlist(Account coordinator) {
        RoleGuard.require(coordinator, Role.COORDINATOR);
        CampusScope scope = CampusScope.of(coordinator);
        Map<Long, Map<ApplicationStatus, Long>> counts = countsByCall(CampusScope.all());
        return calls.visibleTo(coordinator).stream()
                .filter(c -> {
                    Map<ApplicationStatus, Long> byStatus = counts.getOrDefault(c.getId(), Map.of());
                    return byStatus.getOrDefault(ApplicationStatus.SELECTED, 0L) < c.getPlaces()
                            && byStatus.getOrDefault(ApplicationStatus.WAITLISTED, 0L) > 0;
                })
                .map(c -> bestWaitlisted(c.getId()))
                .flatMap(Optional::stream)
                .filter(a -> scope.allows(ApplicationService.campusOf(a)))
                .toList();
    }

    /** One page of the review list, filtered and sorted in the database, within the coordinator's campuses. */
    public List<MobilityApplication> page(ApplicationCriteria criteria, int first, int size, Account coordinator) {
        RoleGuard.require(coordinator, Role.COORDINATOR);
        // Past the middle, the page is read from the list's end (PageWindow); the count is the kept one
        // the page's list has just shown.
        PageWindow window = PageWindow.of(first, size, first > 0 ? count(criteria, coordinator) : -1);
        // Students and calls of the page read in one query each (IN batch) rather than joined: joined rows
        // would load each student's roles and each call's campuses, programmes and years one by one,
        // where batch reading extends to those collections (@BatchFetch on them).
        List<MobilityApplication> page = criteria.apply(em, "select a from MobilityApplication a",
                        MobilityApplication.class, true, window.fromTheEnd(), CampusScope.of(coordinator))
                .setHint("eclipselink.batch.type", "IN").setHint("eclipselink.batch", "a.student")
                .setHint("eclipselink.batch", "a.call")
                .setFirstResult(window.skip()).setMaxResults(window.rows()).getResultList();
        return window.inListOrder(page);
    }

    /**
     * The countries of first wishes among the submitted files the coordinator sees: the review list's
     * country filter offers these, not every country of the world.
     */
    public java.util.Set<String> firstWishCountries(Account coordinator) {
        RoleGuard.require(coordinator, Role.COORDINATOR);
        // Asked country by country (EXISTS, on the first-wish index): a "select distinct" over the
        // listed files read every one of them, at each view of the list (100,000 files: every row).
        CampusScope scope = CampusScope.of(coordinator);
        String inScope = scope.condition("s.campus.code").map(c -> " and " + c).orElse("");
        TypedQuery<String> query = em.createQuery("select c.code from Country c where exists (select a.id from"
                + " MobilityApplication a join a.student s where a.firstCountryCode = c.code"
                + " and a.status <> fr.faireess.mobility.application.ApplicationStatus.DRAFT" + inScope + ")", String.class);
        if (scope.needsParameter()) {
            query.setParameter(CampusScope.PARAMETER, scope.campuses());
        }
        return new java.util.HashSet<>(query.getResultList());
    }

    public long count(ApplicationCriteria criteria, Account coordinator) {
        RoleGuard.require(coordinator, Role.COORDINATOR);
        ApplicationCriteria filter = criteria.forCount();
        return counts.get(new CountKey(filter, CampusScope.of(coordinator)), () -> countNow(filter, coordinator));
    }

    /** The count read from the database now, never kept: what the benchmarks measure. */
    long countNow(ApplicationCriteria criteria, Account coordinator) {
        RoleGuard.require(coordinator, Role.COORDINATOR);
        return criteria.apply(em, "select count(a) from MobilityApplication a", Long.class, false,
                CampusScope.of(coordinator)).getSingleResult();
    }

    private record CountKey(ApplicationCriteria criteria, CampusScope scope) {
    }

    /**
     * How long a count is kept. Every page of the list, each new order and each coordinator opening it
     * shows the count, which reads every listed file (80 ms at 100,000 on MariaDB, 40-160 ms on H2)
     * where the page itself reads 25: kept per filter and campus scope, forgotten as soon as a file or
     * an account is written on this instance (so a coordinator's own decision shows at once), and
     * after this long for what other instances wrote.
     */
    static final long COUNT_KEPT_SECONDS = 5;

    private final KeptCounts<CountKey> counts = new KeptCounts<>(TimeUnit.SECONDS.toNanos(COUNT_KEPT_SECONDS), 500,
            System::nanoTime, WriteGeneration::current);

    /**
     * Number of applications per call and status, {callId → {status → count}}, counting the files of
     * students of the campuses the coordinator sees (a call for both campuses shows each coordinator
     * their own campus's files, unless they see both).
     */
    public Map<Long, Map<ApplicationStatus, Long>> countsByCall(Account coordinator) {
        RoleGuard.require(coordinator, Role.COORDINATOR);
        return countsByCall(CampusScope.of(coordinator));
    }

    Map<Long, Map<ApplicationStatus, Long>> countsByCall(CampusScope scope) {
        Optional<String> condition = scope.condition("s.campus.code");
        TypedQuery<Object[]> query = em.createQuery(
                "select a.call.id, a.status, count(a) from MobilityApplication a join a.student s"
                        + condition.map(c -> " where " + c).orElse("") + " group by a.call.id, a.status",
                Object[].class);
        if (scope.needsParameter()) {
            query.setParameter(CampusScope.PARAMETER, scope.campuses());
        }
        return query.getResultList().stream().collect(Collectors.groupingBy(r -> (Long) r[0],
                Collectors.toMap(r -> (ApplicationStatus) r[1], r -> (Long) r[2])));
    }

    /** Selected files of the call among the campuses of {@code scope}. */
    long selectedCount(long callId, CampusScope scope) {
        return countsByCall(scope).getOrDefault(callId, Map.of()).getOrDefault(ApplicationStatus.SELECTED, 0L);
    }
}
