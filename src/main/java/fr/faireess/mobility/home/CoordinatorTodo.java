package fr.faireess.mobility.home;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import fr.faireess.mobility.application.ApplicationStatus;
import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.identity.CampusScope;
import fr.faireess.mobility.placement.Placement;
import fr.faireess.mobility.placement.PlacementProgress;
import fr.faireess.mobility.placement.PlacementState;
import fr.faireess.mobility.placement.PlacementTab;
import fr.faireess.mobility.testimony.Testimony;
import fr.faireess.mobility.testimony.TestimonyStatus;

/**
 * A coordinator's to-do list, within the campuses they see (the student's campus decides, as on
 * every coordinator page). Each item is one count query, and placements and testimonies name the
 * first few files concerned in a second, limited one.
 */
@ApplicationScoped
class CoordinatorTodo {

    private static final String PLACEMENT_VIEW = "/coordinator/placements/view";
    private static final String PLACEMENT_LIST = "/coordinator/placements/list";
    private static final String AGREEMENT_LIVE = " from LearningAgreement a join a.placement p join p.student s"
            + " where p.state in :live and " + PlacementProgress.CURRENT_VERSION;
    private static final String COMPLETE = "a.title is not null and a.programme is not null and a.recognition is not null";

    @PersistenceContext
    private EntityManager em;

    List<TodoItem> of(Account coordinator, LocalDate today) {
        return of(coordinator, today, true);
    }

    /**
     * The same items; without {@code targets}, only their counts (the menu's badges): the queries naming
     * the first files, and the reads of those files' students and hosts, are left out.
     */
    List<TodoItem> of(Account coordinator, LocalDate today, boolean targets) {
        CampusScope scope = CampusScope.of(coordinator);
        List<Optional<TodoItem>> items = new ArrayList<>();
        items.add(TodoRules.item(TodoKind.FILES_TO_DECIDE, count("""
                        select count(a) from MobilityApplication a join a.student s where a.status = :submitted""",
                        scope, Map.of("submitted", ApplicationStatus.SUBMITTED)), "/coordinator/applications/list")
                .map(i -> i.withParam("status", ApplicationStatus.SUBMITTED)));
        items.add(agreementItem(TodoKind.AGREEMENTS_TO_COMPLETE, "not (" + COMPLETE + ")", scope, Map.of(), PLACEMENT_LIST,
                targets));
        items.add(agreementItem(TodoKind.AGREEMENTS_TO_SIGN, COMPLETE + " and a.coordinatorSignedAt is null", scope, Map.of(),
                PLACEMENT_LIST, targets));
        items.add(agreementItem(TodoKind.PLACEMENTS_TO_CONFIRM, """
                p.state = :proposed and a.studentSignedAt is not null and a.coordinatorSignedAt is not null
                and a.mentorSignedAt is not null""", scope, Map.of("proposed", PlacementState.PROPOSED), PLACEMENT_LIST,
                targets)
                .map(i -> i.withParam("state", PlacementState.PROPOSED)));
        items.add(certificatesOverdue(scope, today, targets));
        items.add(TodoRules.item(TodoKind.TESTIMONIES_TO_MODERATE, count("""
                        select count(t) from Testimony t join t.student s where t.status = :submitted""",
                        scope, Map.of("submitted", TestimonyStatus.SUBMITTED)), "/coordinator/testimonies/list")
                .map(i -> i.withParam("status", TestimonyStatus.SUBMITTED)));
        items.add(consentsExpiring(scope, today, targets));
        return items.stream().flatMap(Optional::stream).toList();
    }

    /** Live placements whose current agreement version matches {@code condition} ({@code a}, {@code p}). */
    private Optional<TodoItem> agreementItem(TodoKind kind, String condition, CampusScope scope, Map<String, Object> params,
                                             String outcome, boolean targets) {
        Map<String, Object> all = new HashMap<>(params);
        all.put("live", StudentTodo.LIVE);
        String where = AGREEMENT_LIVE + " and " + condition;
        Optional<TodoItem> item = TodoRules.item(kind, count("select count(a)" + where, scope, all), outcome);
        return !targets ? item : item
                .map(i -> i.withTargets(placementTargets(kind, select("select p" + where + scoped(scope)
                        + " order by p.plannedStart, p.id", Placement.class, scope, all))));
    }

    /** Placements back (planned end passed), still running, without the host's certificate. */
    private Optional<TodoItem> certificatesOverdue(CampusScope scope, LocalDate today, boolean targets) {
        String where = " from Placement p join p.student s where p.state in :running and p.certAt is null and p.plannedEnd < :today";
        Map<String, Object> params = Map.of("today", today,
                "running", List.of(PlacementState.CONFIRMED, PlacementState.IN_PROGRESS));
        Optional<TodoItem> item = TodoRules.item(TodoKind.CERTIFICATES_OVERDUE, count("select count(p)" + where, scope, params),
                PLACEMENT_LIST);
        return !targets ? item : item.map(i -> i.withTargets(placementTargets(TodoKind.CERTIFICATES_OVERDUE,
                select("select p" + where + scoped(scope) + " order by p.plannedEnd, p.id", Placement.class, scope, params))));
    }

    /** Approved or published testimonies with a consent in force that ends within the warning window. */
    private Optional<TodoItem> consentsExpiring(CampusScope scope, LocalDate today, boolean targets) {
        String where = " from Testimony t join t.student s where t.status in :shown and exists ("
                + "select c from TestimonyConsent c where c.testimony = t and c.withdrawnAt is null"
                + " and c.validUntil between :today and :end)";
        Map<String, Object> params = Map.of("today", today, "end", TodoRules.consentWarningEnd(today),
                "shown", List.of(TestimonyStatus.APPROVED, TestimonyStatus.PUBLISHED));
        Optional<TodoItem> item = TodoRules.item(TodoKind.CONSENTS_EXPIRING, count("select count(t)" + where, scope, params),
                "/coordinator/testimonies/list");
        return !targets ? item : item.map(i -> i.withTargets(select("select t" + where + scoped(scope) + " order by t.id", Testimony.class,
                        scope, params).stream()
                        .map(t -> new TodoTarget(t.getTitle(), "/coordinator/testimonies/view", "id", t.getId())).toList()));
    }

    private static List<TodoTarget> placementTargets(TodoKind kind, List<Placement> placements) {
        PlacementTab tab = TodoRules.placementTab(kind);
        return placements.stream()
                .map(p -> new TodoTarget(p.getStudent().getFullName() + " — " + p.getHost().getName(), PLACEMENT_VIEW, "id",
                        p.getId(), tab == PlacementTab.OVERVIEW ? null : tab.param()))
                .toList();
    }

    private long count(String jpql, CampusScope scope, Map<String, Object> params) {
        return bind(em.createQuery(jpql + scoped(scope), Long.class), scope, params).getSingleResult();
    }

    private <T> List<T> select(String jpql, Class<T> type, CampusScope scope, Map<String, Object> params) {
        return bind(em.createQuery(jpql, type), scope, params).setMaxResults(TodoItem.MAX_TARGETS).getResultList();
    }

    /** The scope's condition on the student {@code s}, appended to a where-clause. */
    private static String scoped(CampusScope scope) {
        return scope.condition("s.campus.code").map(c -> " and " + c).orElse("");
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, CampusScope scope, Map<String, Object> params) {
        params.forEach(query::setParameter);
        return scope.needsParameter() ? query.setParameter(CampusScope.PARAMETER, scope.campuses()) : query;
    }
}
