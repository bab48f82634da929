package fr.faireess.mobility.call;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.identity.CampusScope;
import fr.faireess.mobility.platform.security.Role;
import fr.faireess.mobility.platform.security.RoleGuard;
import fr.faireess.mobility.platform.audit.AuditLog;
import fr.faireess.mobility.platform.audit.AuditLog.Actor;
import fr.faireess.mobility.platform.error.BusinessException;
import fr.faireess.mobility.platform.error.ConcurrentModificationException;
import fr.faireess.mobility.platform.error.NotFoundException;
import fr.faireess.mobility.reference.AcademicYear;

/**
 * Calls for applications: the coordinator's operations and the student's view of open calls. The
 * coordinator's operations check the acting account's role before anything else, then its campus
 * scope ({@link CampusScope}): a coordinator sees the calls open to a campus they see (a call for
 * both campuses is seen by both campuses' coordinators) and creates, edits or closes only calls all
 * of whose campuses they see.
 */
@ApplicationScoped
public class CallService {

    static final String AUDIT_SUBJECT = "CALL";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private SelectionCount selectionCount;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    @Transactional
    public MobilityCall create(CallForm form, Account coordinator) {
        RoleGuard.require(coordinator, Role.COORDINATOR);
        Actor actor = coordinator.actor();
        check(form);
        refuseOutsideScope(form.getCampuses(), coordinator);
        MobilityCall call = new MobilityCall(Instant.now(clock));
        call.apply(form);
        em.persist(call);
        em.flush();
        audit.record(actor, "CALL_CREATED", AUDIT_SUBJECT, call.getId(), null, null, call.getTitle());
        return call;
    }

    @Transactional
    public MobilityCall update(long id, CallForm form, Account coordinator) {
        RoleGuard.require(coordinator, Role.COORDINATOR);
        Actor actor = coordinator.actor();
        MobilityCall call = findFor(id, coordinator).orElseThrow(NotFoundException::new);
        refuseOutsideScope(call.getCampuses(), coordinator);
        check(form);
        refuseOutsideScope(form.getCampuses(), coordinator);
        if (form.getVersion() == null || form.getVersion() != call.getVersion()) {
            throw new ConcurrentModificationException();
        }
        long selected = selectedCount(id);
        if (form.getPlaces() < selected) {
            throw new BusinessException("places", "call.places.belowSelected", selected);
        }
        call.apply(form);
        em.flush();
        audit.record(actor, "CALL_UPDATED", AUDIT_SUBJECT, id, null, null, call.getTitle());
        return call;
    }

    /** Closes a call before its closing time: no more submissions. */
    @Transactional
    public MobilityCall close(long id, Account coordinator) {
        RoleGuard.require(coordinator, Role.COORDINATOR);
        Actor actor = coordinator.actor();
        MobilityCall call = findFor(id, coordinator).orElseThrow(NotFoundException::new);
        refuseOutsideScope(call.getCampuses(), coordinator);
        Instant now = Instant.now(clock);
        if (!call.isOpen(now) && call.getClosedEarlyAt() == null && now.isAfter(call.getClosesAt())) {
            throw new BusinessException("call.alreadyClosed");
        }
        if (call.getClosedEarlyAt() == null) {
            call.closeEarly(now);
            audit.record(actor, "CALL_CLOSED", AUDIT_SUBJECT, id, "OPEN", "CLOSED", null);
        }
        return call;
    }

    public Optional<MobilityCall> find(long id) {
        return Optional.ofNullable(em.find(MobilityCall.class, id));
    }

    /** The call row locked for the rest of the transaction: selections against its quota queue up here. */
    public MobilityCall lockForSelection(long id) {
        MobilityCall call = em.find(MobilityCall.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (call == null) {
            throw new NotFoundException();
        }
        return call;
    }

    public List<MobilityCall> all() {
        return em.createQuery("select c from MobilityCall c order by c.closesAt desc, c.id desc", MobilityCall.class)
                .getResultList();
    }

    /** The calls open to at least one campus the coordinator sees, latest closing first. */
    public List<MobilityCall> visibleTo(Account coordinator) {
        RoleGuard.require(coordinator, Role.COORDINATOR);
        CampusScope scope = CampusScope.of(coordinator);
        return all().stream().filter(c -> scope.allowsAny(c.getCampuses())).toList();
    }

    /** A call as a coordinator sees it: only if it is open to a campus they see (anything else: as if absent). */
    public Optional<MobilityCall> findFor(long id, Account coordinator) {
        RoleGuard.require(coordinator, Role.COORDINATOR);
        CampusScope scope = CampusScope.of(coordinator);
        return find(id).filter(c -> scope.allowsAny(c.getCampuses()));
    }

    /** Whether the coordinator may create, edit or close a call for every one of these campuses. */
    public boolean mayManage(Collection<String> campuses, Account coordinator) {
        return RoleGuard.allows(coordinator, Role.COORDINATOR) && CampusScope.of(coordinator).allowsAll(campuses);
    }

    /** A call for a campus the coordinator does not see is not theirs to set up or change. */
    private void refuseOutsideScope(Collection<String> campuses, Account coordinator) {
        if (!mayManage(campuses, coordinator)) {
            throw new BusinessException("campuses", "call.campuses.outsideScope");
        }
    }

    /** The calls a student may apply to right now. */
    public List<MobilityCall> openCallsFor(Account student) {
        Instant now = Instant.now(clock);
        return em.createQuery("""
                        select c from MobilityCall c
                        where c.opensAt <= :now and c.closesAt > :now and c.closedEarlyAt is null
                        order by c.closesAt""", MobilityCall.class)
                .setParameter("now", now)
                .getResultList().stream()
                .filter(c -> refusal(c, student).isEmpty())
                .toList();
    }

    /** Why {@code student} may not apply to {@code call} now (a bundle key), or empty. */
    public Optional<String> refusal(MobilityCall call, Account student) {
        return CallEligibility.refusal(call.facts(), new CallEligibility.StudentFacts(
                CampusScope.campusOf(student),
                student.getProgramme() == null ? null : student.getProgramme().getCode(),
                student.getStudyYear()), Instant.now(clock));
    }

    /** Selected files of the call, every campus counted (counted by the applications feature). */
    public long selectedCount(long callId) {
        return selectionCount.selected(callId);
    }

    public Instant now() {
        return Instant.now(clock);
    }

    private void check(CallForm form) {
        Optional<BusinessException> problem = CallFormRule.problem(form);
        if (problem.isPresent()) {
            throw problem.get();
        }
        if (em.find(AcademicYear.class, form.getAcademicYear()) == null) {
            throw new BusinessException("academicYear", "call.academicYear.required");
        }
    }
}
