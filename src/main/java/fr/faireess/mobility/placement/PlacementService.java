package fr.faireess.mobility.placement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import fr.faireess.mobility.application.MobilityApplication;
import fr.faireess.mobility.host.HostOrganisation;
import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.identity.CampusScope;
import fr.faireess.mobility.platform.persistence.PageWindow;
import fr.faireess.mobility.platform.files.FileType;
import fr.faireess.mobility.platform.files.SafeFileName;
import fr.faireess.mobility.platform.security.Role;
import fr.faireess.mobility.platform.security.RoleGuard;
import fr.faireess.mobility.platform.audit.AuditEntry;
import fr.faireess.mobility.platform.audit.AuditLog;
import fr.faireess.mobility.platform.config.SchoolTime;
import fr.faireess.mobility.platform.error.NotFoundException;

/**
 * Placements as each person may read them: a student their own; a trainer those they are the
 * academic referent of; a coordinator those of students of the campuses they see ({@link CampusScope}
 * — another campus's placement is as absent as a guessed id, for reads and actions alike). Lists,
 * the calendar, the history, the days a student's placements count in the study cycle, and the
 * scoped reads the placement services act through: {@link PlacementCreation} (creation and
 * correction), {@link PlacementLifecycle} (state moves), {@link PlacementSteps} (checklist and
 * certificate), {@link AgreementService} (the Learning Agreement). Every method that acts for someone
 * checks their role first ({@link RoleGuard}).
 */
@ApplicationScoped
public class PlacementService {

    public static final String AUDIT_SUBJECT = "PLACEMENT";
    /** Audit action of a staff member reading one of a placement's documents. */
    static final String DOCUMENT_READ = "DOCUMENT_READ";

    @PersistenceContext
    private EntityManager em;

    @Inject private AuditLog audit;
    @Inject private StayFacts stayFacts;

    /** What the grant facts say about the placement's stay (interruptions, force majeure). */
    PlacementDuration.Stay stayOf(Placement placement) {
        return stayFacts.of(placement.getId());
    }

    // ================================================================ lists

    /** One page of the coordinators' list, filtered in the database, within the coordinator's campuses. */
    public List<Placement> page(PlacementCriteria criteria, int first, int size, Account coordinator) {
        return page(criteria, first, size, -1, coordinator);
    }

    /**
     * {@code total}: the list's count as the caller has just read it, or negative; with it, a page past
     * the middle is read from the list's end ({@link PageWindow}: the last page of 20,000 placements
     * read and sorted them all).
     */
    public List<Placement> page(PlacementCriteria criteria, int first, int size, long total, Account coordinator) {
        RoleGuard.require(coordinator, Role.COORDINATOR);
        PageWindow window = PageWindow.of(first, size, total);
        // The page's applications, mentors and referents read in one IN query each, not one SELECT per
        // row: the list sent 112 statements for a page of 25 (ScaleBenchmark, README Benchmarks). As a
        // query hint, not as @BatchFetch on the mappings: EclipseLink 4.0 refuses mapping-level IN batch
        // reading in other queries of these entities (EclipseLink-6169).
        return window.inListOrder(criteria.apply(em, "select p from Placement p join fetch p.student s join fetch p.host h",
                        Placement.class, window.fromTheEnd() ? " order by p.plannedStart desc, p.id desc"
                                : " order by p.plannedStart, p.id", CampusScope.of(coordinator))
                .setHint("eclipselink.batch.type", "IN").setHint("eclipselink.batch", "p.application")
                .setHint("eclipselink.batch", "p.mentor").setHint("eclipselink.batch", "p.referent")
                .setFirstResult(window.skip()).setMaxResults(window.rows()).getResultList());
    }

    public long count(PlacementCriteria criteria, Account coordinator) {
        RoleGuard.require(coordinator, Role.COORDINATOR);
        return criteria.apply(em, "select count(p) from Placement p join p.student s join p.host h", Long.class, "",
                CampusScope.of(coordinator)).getSingleResult();
    }

    /** Hosts that have placements of the coordinator's campuses, for the list filter. */
    public List<HostOrganisation> hostsWithPlacements(Account coordinator) {
        RoleGuard.require(coordinator, Role.COORDINATOR);
        CampusScope scope = CampusScope.of(coordinator);
        TypedQuery<HostOrganisation> query = em.createQuery("select distinct h from Placement p join p.host h join p.student s"
                + scope.condition("s.campus.code").map(c -> " where " + c).orElse("") + " order by h.name",
                HostOrganisation.class);
        return withScope(query, scope).getResultList();
    }

    /**
     * Departures and returns of live placements (not cancelled), month by month, for
     * {@code months} months from {@code from}. Actual dates are used once certified.
     */
    public List<CalendarMonth> calendar(YearMonth from, int months, Account coordinator) {
        RoleGuard.require(coordinator, Role.COORDINATOR);
        CampusScope scope = CampusScope.of(coordinator);
        LocalDate start = from.atDay(1);
        LocalDate end = from.plusMonths(months - 1L).atEndOfMonth();
        TypedQuery<Placement> query = em.createQuery("""
                        select p from Placement p join fetch p.student s join fetch p.host
                        where p.state <> :cancelled
                          and ((p.plannedStart between :start and :end) or (p.plannedEnd between :start and :end)
                               or (p.actualStart between :start and :end) or (p.actualEnd between :start and :end))"""
                        + scope.condition("s.campus.code").map(c -> " and " + c).orElse(""),
                        Placement.class)
                .setParameter("cancelled", PlacementState.CANCELLED)
                .setParameter("start", start).setParameter("end", end);
        List<Placement> placements = withScope(query, scope).getResultList();
        List<CalendarMonth> calendar = new ArrayList<>();
        for (int i = 0; i < months; i++) {
            YearMonth month = from.plusMonths(i);
            List<Placement> departures = placements.stream()
                    .filter(p -> p.countedPeriod().map(per -> YearMonth.from(per.start()).equals(month)).orElse(false))
                    .sorted(Comparator.comparing(p -> p.countedPeriod().orElseThrow().start())).toList();
            List<Placement> returns = placements.stream()
                    .filter(p -> p.countedPeriod().map(per -> YearMonth.from(per.end()).equals(month)).orElse(false))
                    .sorted(Comparator.comparing(p -> p.countedPeriod().orElseThrow().end())).toList();
            calendar.add(new CalendarMonth(month, departures, returns));
        }
        return calendar;
    }

    // ================================================================ everyone

    /**
     * The placement as {@code viewer} may see it: their own, the ones they are referent of, or for a
     * coordinator those of students of the campuses they see.
     */
    public Optional<Placement> findVisibleTo(long id, Account viewer) {
        return em.createQuery("""
                        select p from Placement p
                        where p.id = :id and (p.student = :viewer or p.referent = :viewer or :coordinator = true)""",
                        Placement.class)
                .setParameter("id", id).setParameter("viewer", viewer)
                .setParameter("coordinator", RoleGuard.allows(viewer, Role.COORDINATOR))
                .getResultStream().findFirst()
                .filter(p -> p.getStudent().getId().equals(viewer.getId()) || p.getReferent().getId().equals(viewer.getId())
                        || inScope(p, viewer));
    }

    /** The placements {@code trainer} is the academic referent of, latest departure first. */
    public List<Placement> ofReferent(Account trainer) {
        RoleGuard.require(trainer, Role.TRAINER);
        return em.createQuery("""
                        select p from Placement p join fetch p.student join fetch p.host h join fetch h.country
                        where p.referent = :trainer order by p.plannedStart desc, p.id""", Placement.class)
                .setParameter("trainer", trainer).getResultList();
    }

    /** One placement, only if {@code trainer} is its academic referent (a coordinator's rights do not count here). */
    public Optional<Placement> findAsReferent(long id, Account trainer) {
        RoleGuard.require(trainer, Role.TRAINER);
        return em.createQuery("select p from Placement p where p.id = :id and p.referent = :trainer", Placement.class)
                .setParameter("id", id).setParameter("trainer", trainer).getResultStream().findFirst();
    }

    public List<Placement> ofStudent(Account student) {
        return em.createQuery("select p from Placement p join fetch p.host where p.student = :s order by p.plannedStart desc",
                        Placement.class)
                .setParameter("s", student).getResultList();
    }

    /**
     * Everything that happened to the placement and its agreement, oldest first; staff reads of its
     * documents stay in the audit log but are not part of this story.
     */
    public List<AuditEntry> timeline(Placement placement) {
        return audit.history(AUDIT_SUBJECT, placement.getId()).stream()
                .filter(e -> !DOCUMENT_READ.equals(e.getAction())).toList();
    }

    /** Days the student's other placements count in the study cycle (actual dates when certified). */
    public int otherCycleDays(Account student, Long excludedPlacementId) {
        return cycleDaysOf(em.createQuery("select p from Placement p where p.student = :s", Placement.class)
                .setParameter("s", student).getResultList().stream()
                .filter(p -> !p.getId().equals(excludedPlacementId)).toList());
    }

    /**
     * Days the student's placements from other applications already count in the study cycle: what
     * the coordinator weighs when deciding on {@code application}.
     */
    public int cycleDaysOutside(MobilityApplication application) {
        return cycleDaysOf(em.createQuery("select p from Placement p where p.student = :s and p.application <> :a",
                        Placement.class)
                .setParameter("s", application.getStudent()).setParameter("a", application).getResultList());
    }

    /** Days these placements count in the cycle: their effective periods (actual dates when certified). */
    private static int cycleDaysOf(List<Placement> placements) {
        return PlacementDuration.cycleDays(placements.stream().map(Placement::countedPeriod).flatMap(Optional::stream).map(PlacementDuration.CountedPeriod::period).toList());
    }

    /** The pre-departure checklist: the agreement (signed by all?) and the items. */
    public List<ChecklistLine> checklist(Placement placement) {
        LearningAgreement current = currentAgreement(placement);
        List<ChecklistLine> lines = new ArrayList<>();
        lines.add(new ChecklistLine("placement.checklist.AGREEMENT", null, current.isSignedByAll(),
                current.isSignedByAll() ? SchoolTime.toLocal(lastSignature(current)).toLocalDate() : null, false));
        for (ChecklistItem item : ChecklistItem.values()) {
            LocalDate on = placement.ticked(item);
            lines.add(new ChecklistLine(item.labelKey(), item, on != null, on, item.isTickedByStudent()));
        }
        return lines;
    }

    private static Instant lastSignature(LearningAgreement a) {
        return List.of(a.getStudentSignedAt(), a.getCoordinatorSignedAt(), a.getMentorSignedAt()).stream()
                .max(Comparator.naturalOrder()).orElseThrow();
    }

    List<LearningAgreement> agreementVersions(Placement placement) {
        return em.createQuery("select a from LearningAgreement a where a.placement = :p order by a.number desc",
                LearningAgreement.class).setParameter("p", placement).getResultList();
    }

    /** The highest-numbered agreement version of the placement. */
    LearningAgreement currentAgreement(Placement placement) {
        return em.createQuery("select a from LearningAgreement a where a.placement = :p order by a.number desc",
                        LearningAgreement.class)
                .setParameter("p", placement).setMaxResults(1).getSingleResult();
    }

    // ================================================================ internals

    /**
     * The scope-checked read of a placement by id for a coordinator (role checked by the caller):
     * not found if it is of a campus they do not see, as for a guessed id. Every coordinator action
     * on a placement id goes through it.
     */
    public Placement forCoordinator(long id, Account coordinator) {
        Placement placement = Optional.ofNullable(em.find(Placement.class, id)).orElseThrow(NotFoundException::new);
        requireInScope(placement, coordinator);
        return placement;
    }

    /** Another campus's placement is as absent to a coordinator as a guessed id. */
    void requireInScope(Placement placement, Account coordinator) {
        if (!inScope(placement, coordinator)) {
            throw new NotFoundException();
        }
    }

    private static boolean inScope(Placement placement, Account coordinator) {
        return CampusScope.reaches(coordinator, placement.getStudent(), Role.COORDINATOR);
    }

    static <T> TypedQuery<T> withScope(TypedQuery<T> query, CampusScope scope) {
        return scope.needsParameter() ? query.setParameter(CampusScope.PARAMETER, scope.campuses()) : query;
    }

    static String safeFileName(String name) {
        return SafeFileName.of(name, FileType.PDF, "document");
    }

    /** Writes now, inside the caller's transaction. */
    void flush() {
        em.flush();
    }
}

