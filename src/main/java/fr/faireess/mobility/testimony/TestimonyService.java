package fr.faireess.mobility.testimony;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import fr.faireess.mobility.application.ApplicationService;
import fr.faireess.mobility.application.ApplicationStatus;
import fr.faireess.mobility.placement.Placement;
import fr.faireess.mobility.placement.PlacementService;
import fr.faireess.mobility.placement.PlacementState;
import fr.faireess.mobility.application.MobilityApplication;
import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.identity.CampusScope;
import fr.faireess.mobility.platform.security.Role;
import fr.faireess.mobility.platform.security.RoleGuard;
import fr.faireess.mobility.platform.audit.AuditEntry;
import fr.faireess.mobility.platform.audit.AuditLog;
import fr.faireess.mobility.platform.audit.AuditLog.Actor;
import fr.faireess.mobility.platform.config.SchoolTime;
import fr.faireess.mobility.testimony.TestimonyEligibility.MobilityFacts;
import fr.faireess.mobility.testimony.TestimonyEligibility.Stage;
import fr.faireess.mobility.testimony.TestimonyStatus.By;

/**
 * Testimonies as each person may read them: authors (the owner and co-authors) their own,
 * coordinators every submitted one whose owner is of a campus they see ({@link CampusScope};
 * another campus's is as absent as a guessed id); the mobilities a student may write about; the
 * thread, the timeline and the authors as the consent rule sees them; and the one status move every
 * writer uses ({@link #move}: {@link Testimony#moveTo}, audited (subject {@value #AUDIT_SUBJECT}) and
 * announced ({@link TestimonyChanged}, which e-mails the people concerned) in the same transaction).
 * The writers: {@link TestimonyAuthoring} (students), {@link TestimonyModeration} (coordinators),
 * {@link TestimonyConsentWindow} (consents and the showcase), {@link TestimonyFiles} (the file);
 * each checks the actor's role first ({@link RoleGuard}).
 */
@ApplicationScoped
public class TestimonyService {

    public static final String AUDIT_SUBJECT = "TESTIMONY";

    @PersistenceContext
    private EntityManager em;

    @Inject private ApplicationService applications;
    @Inject private PlacementService placements;
    @Inject private AuditLog audit;
    @Inject private Clock clock;
    @Inject private Event<TestimonyChanged> changed;

    // ================================================================ the mobility

    /**
     * The student's mobilities they may write about. Today: their selected applications whose start
     * date has come. When placements exist, feed {@link TestimonyEligibility} from the placement here.
     */
    public List<MobilityApplication> mobilitiesOf(Account student) {
        LocalDate today = today();
        Map<Long, Placement> placementOf = placementsByApplication(student);
        return applications.ofStudent(student).stream()
                .filter(a -> TestimonyEligibility.mayWrite(facts(a, placementOf.get(a.getId()), today)))
                .toList();
    }

    /** The placement of each of the student's applications; a live one wins over a cancelled one. */
    Map<Long, Placement> placementsByApplication(Account student) {
        Map<Long, Placement> placementOf = new HashMap<>();
        for (Placement placement : placements.ofStudent(student)) {
            if (placement.getState() != PlacementState.CANCELLED || !placementOf.containsKey(placement.getApplication().getId())) {
                placementOf.put(placement.getApplication().getId(), placement);
            }
        }
        return placementOf;
    }

    /**
     * What {@link TestimonyEligibility} needs to know of a mobility: its placement when there is one
     * (a testimony once it is in progress or over), else the selected application and its desired
     * start (mobilities that went abroad before placements were recorded here).
     */
    static MobilityFacts facts(MobilityApplication application, Placement placement, LocalDate today) {
        if (placement != null) {
            return new MobilityFacts(stageOf(placement.getState()), placement.getPlannedStart(), placement.getPlannedEnd(), today);
        }
        Stage stage = application.getStatus() == ApplicationStatus.SELECTED ? Stage.SELECTED : Stage.NOT_GOING;
        return new MobilityFacts(stage, application.getStartOn(), application.getEndOn(), today);
    }

    /** An interrupted placement did take place: its student may tell about it too. */
    static Stage stageOf(PlacementState state) {
        return switch (state) {
            case IN_PROGRESS -> Stage.IN_PROGRESS;
            case COMPLETED, INTERRUPTED -> Stage.COMPLETED;
            case PROPOSED, CONFIRMED, CANCELLED -> Stage.NOT_GOING;
        };
    }

    /** The testimonies the student wrote or co-wrote, newest first. */
    public List<Testimony> ofAuthor(Account student) {
        return em.createQuery("""
                        select distinct t from Testimony t left join t.coAuthors c
                        where t.student = :s or c = :s order by t.createdAt desc, t.id desc""", Testimony.class)
                .setParameter("s", student).getResultList();
    }

    /** A testimony as one of its authors sees it; anyone else gets nothing. */
    public Optional<Testimony> findForAuthor(long id, Account student) {
        return em.createQuery("""
                        select distinct t from Testimony t left join t.coAuthors c
                        where t.id = :id and (t.student = :s or c = :s)""", Testimony.class)
                .setParameter("id", id).setParameter("s", student).getResultStream().findFirst();
    }

    public TestimonyForm formOf(Testimony testimony) {
        return testimony.toForm();
    }

    // ================================================================ coordinators

    /** A submitted testimony, for a coordinator who sees its owner's campus. */
    public Optional<Testimony> findForStaff(long id, Account staff) {
        if (!isStaff(staff)) {
            return Optional.empty();
        }
        CampusScope scope = CampusScope.of(staff);
        return em.createQuery("""
                        select t from Testimony t
                        where t.id = :id and t.status <> fr.faireess.mobility.testimony.TestimonyStatus.DRAFT""",
                        Testimony.class)
                .setParameter("id", id).getResultStream().findFirst()
                .filter(t -> scope.allows(campusOf(t)));
    }

    /** One page of the moderation list, within the campuses the coordinator sees. */
    public List<Testimony> page(TestimonyCriteria criteria, int first, int size, Account coordinator) {
        RoleGuard.require(coordinator, Role.COORDINATOR);
        return criteria.apply(em, "select t from Testimony t join fetch t.student", Testimony.class,
                        " order by t.updatedAt desc, t.id desc", today(), CampusScope.of(coordinator))
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long count(TestimonyCriteria criteria, Account coordinator) {
        RoleGuard.require(coordinator, Role.COORDINATOR);
        return criteria.apply(em, "select count(t) from Testimony t", Long.class, "", today(), CampusScope.of(coordinator))
                .getSingleResult();
    }

    // ================================================================ both

    public List<TestimonyComment> comments(Testimony testimony) {
        return em.createQuery("""
                        select c from TestimonyComment c join fetch c.author
                        where c.testimony = :t order by c.createdAt, c.id""", TestimonyComment.class)
                .setParameter("t", testimony).getResultList();
    }

    /** The timeline: status changes, consents given and withdrawn. */
    public List<AuditEntry> timeline(Testimony testimony) {
        return audit.history(AUDIT_SUBJECT, testimony.getId());
    }

    /** The owner then the co-authors, as the consent rule sees them. */
    public List<ConsentRule.Author> authors(Testimony testimony) {
        Set<ConsentRule.Author> authors = new LinkedHashSet<>();
        authors.add(new ConsentRule.Author(testimony.getStudent().getId(), testimony.getStudent().getFullName()));
        testimony.getCoAuthors().forEach(a -> authors.add(new ConsentRule.Author(a.getId(), a.getFullName())));
        return List.copyOf(authors);
    }

    // ================================================================ internals

    /** Moves, audits and announces (the mails); {@code comment}: the coordinator's message, if any. */
    void move(Testimony testimony, TestimonyStatus target, By by, Actor actor, String comment) {
        TestimonyStatus from = testimony.moveTo(target, by, Instant.now(clock));
        em.flush();
        audit.record(actor, "TESTIMONY_" + target.name(), AUDIT_SUBJECT, testimony.getId(), from.name(),
                target.name(), comment);
        changed.fire(new TestimonyChanged(testimony.getId(), from, target, by, comment, null, null));
    }

    static boolean isStaff(Account account) {
        return account != null && account.hasRole(Role.COORDINATOR);
    }

    /** A testimony belongs to its owner's campus (co-authors do not widen who moderates it). */
    static String campusOf(Testimony testimony) {
        return CampusScope.campusOf(testimony.getStudent());
    }

    LocalDate today() {
        return SchoolTime.toLocal(Instant.now(clock)).toLocalDate();
    }
}
