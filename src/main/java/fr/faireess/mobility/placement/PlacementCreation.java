package fr.faireess.mobility.placement;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import fr.faireess.mobility.application.ApplicationRules;
import fr.faireess.mobility.application.ApplicationStatus;
import fr.faireess.mobility.application.MobilityApplication;
import fr.faireess.mobility.host.HostContact;
import fr.faireess.mobility.host.HostDirectory;
import fr.faireess.mobility.host.HostOrganisation;
import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.identity.CampusScope;
import fr.faireess.mobility.platform.security.Role;
import fr.faireess.mobility.platform.security.RoleGuard;
import fr.faireess.mobility.platform.audit.AuditLog;
import fr.faireess.mobility.platform.error.BusinessException;
import fr.faireess.mobility.platform.error.FieldLimits;
import fr.faireess.mobility.platform.error.ConcurrentModificationException;
import fr.faireess.mobility.platform.error.NotFoundException;
import fr.faireess.mobility.platform.i18n.Messages;
import fr.faireess.mobility.platform.mail.MailTemplates;
import fr.faireess.mobility.platform.text.Texts;

/**
 * Creating a placement and correcting it before anyone signs: the selected applications waiting for
 * one, the pick-lists, the checks both share (host, mentor, referent, duration and cycle rules), the
 * first agreement version. Coordinators only, within their campuses ({@link PlacementService}'s
 * scoped reads); audited in the placement's history, the student told by e-mail.
 */
@ApplicationScoped
public class PlacementCreation {

    @PersistenceContext
    private EntityManager em;

    @Inject private PlacementService placements;
    @Inject private HostDirectory hosts;
    @Inject private AuditLog audit;
    @Inject private Clock clock;
    @Inject private Event<PlacementChanged> changed;
    @Inject private StayFacts stayFacts;

    /**
     * Selected applications of students of the coordinator's campuses that have no placement yet (or
     * only cancelled ones), oldest decision first.
     */
    public List<MobilityApplication> selectedWithoutPlacement(Account coordinator) {
        RoleGuard.require(coordinator, Role.COORDINATOR);
        CampusScope scope = CampusScope.of(coordinator);
        TypedQuery<MobilityApplication> query = em.createQuery("""
                        select a from MobilityApplication a join fetch a.student s join fetch a.call
                        where a.status = :selected
                          and not exists (select p from Placement p where p.application = a and p.state <> :cancelled)"""
                        + scope.condition("s.campus.code").map(c -> " and " + c).orElse("")
                        + " order by a.decidedAt, a.id", MobilityApplication.class)
                .setParameter("selected", ApplicationStatus.SELECTED)
                .setParameter("cancelled", PlacementState.CANCELLED);
        return PlacementService.withScope(query, scope).getResultList();
    }

    /** A selected application, if its student belongs to a campus the coordinator sees. */
    public Optional<MobilityApplication> selectedApplication(long applicationId, Account coordinator) {
        RoleGuard.require(coordinator, Role.COORDINATOR);
        CampusScope scope = CampusScope.of(coordinator);
        return em.createQuery("select a from MobilityApplication a where a.id = :id and a.status = :selected",
                        MobilityApplication.class)
                .setParameter("id", applicationId).setParameter("selected", ApplicationStatus.SELECTED)
                .getResultStream().findFirst()
                .filter(a -> scope.allows(CampusScope.campusOf(a.getStudent())));
    }

    public List<HostOrganisation> hostChoices() {
        return hosts.activeChoices();
    }

    /** Mentors (with an e-mail address, for the signing link) of active organisations. */
    public List<HostContact> mentorChoices() {
        return em.createQuery("""
                        select c from HostContact c join fetch c.host h
                        where h.active = true and c.mentor = true and c.email is not null
                        order by h.name, c.fullName""", HostContact.class).getResultList();
    }

    /** Trainers who may be the academic referent. */
    public List<Account> referentChoices() {
        return em.createQuery("""
                        select a from Account a where :trainer member of a.roles and a.enabled = true
                        order by a.lastName, a.firstName""", Account.class)
                .setParameter("trainer", Role.TRAINER).getResultList();
    }

    /**
     * Creates a PROPOSED placement and the first version of its Learning Agreement, after checking
     * the application (selected, without a live placement), the mentor (a mentor of that host), the
     * referent (a trainer) and the Erasmus+ duration rules, cycle total included.
     */
    @Transactional
    public Placement create(PlacementForm form, Account coordinator) {
        RoleGuard.require(coordinator, Role.COORDINATOR);
        MobilityApplication application = Optional.ofNullable(form.getApplicationId())
                .flatMap(id -> selectedApplication(id, coordinator))
                .orElseThrow(() -> new BusinessException("application", "placement.application.notSelected"));
        if (hasLivePlacement(application)) {
            throw new BusinessException("application", "placement.application.alreadyPlaced");
        }
        Basics basics = checked(form, application.getStudent(), null);
        Placement placement = new Placement(application, basics.host(), basics.department(), basics.mentor(),
                basics.referent(), form.getPlannedStart(), form.getPlannedEnd(), form.getHoursPerWeek(),
                form.getWorkingLanguage(), Instant.now(clock));
        em.persist(placement);
        LearningAgreement first = new LearningAgreement(placement, Instant.now(clock));
        em.persist(first);
        em.flush();
        audit.record(coordinator.actor(), "PLACEMENT_CREATED", PlacementService.AUDIT_SUBJECT, placement.getId(), null,
                PlacementState.PROPOSED.name(), basics.host().getName());
        changed.fire(PlacementChanged.created(placement.getId()));
        return placement;
    }

    /** The placement's basics as a form, to correct them (see {@link #revise}). */
    public PlacementForm revisionForm(long id, Account coordinator) {
        RoleGuard.require(coordinator, Role.COORDINATOR);
        Placement placement = placements.forCoordinator(id, coordinator);
        PlacementForm form = new PlacementForm();
        form.setApplicationId(placement.getApplication().getId());
        form.setHostId(placement.getHost().getId());
        form.setDepartment(placement.getDepartment());
        form.setMentorId(placement.getMentor().getId());
        form.setReferentId(placement.getReferent().getId());
        form.setPlannedStart(placement.getPlannedStart());
        form.setPlannedEnd(placement.getPlannedEnd());
        form.setHoursPerWeek(placement.getHoursPerWeek());
        form.setWorkingLanguage(placement.getWorkingLanguage());
        form.setVersion(placement.getVersion());
        return form;
    }

    /** Whether {@link #revise} would accept a correction of this placement now. */
    public boolean isRevisable(Placement placement) {
        return PlacementRevisionRule.allows(placement.getState(), placements.agreementVersions(placement));
    }

    /**
     * Corrects the host, department, mentor, referent, planned dates, hours and language of a
     * placement nobody has signed for yet ({@link PlacementRevisionRule}), with the same checks as
     * creation (duration and cycle rules included); refused if someone changed it since
     * {@code form.getVersion()}. The unsigned agreement follows the new period and hours; links sent
     * to a replaced mentor stop working. Audited with what changed; the student is told by e-mail.
     */
    @Transactional
    public Placement revise(long id, PlacementForm form, Account coordinator) {
        RoleGuard.require(coordinator, Role.COORDINATOR);
        Placement placement = Optional.ofNullable(em.find(Placement.class, id, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(NotFoundException::new);
        placements.requireInScope(placement, coordinator);
        if (placement.getVersion() != form.getVersion()) {
            throw new ConcurrentModificationException();
        }
        // Signing locks the agreement row too: a signature and this correction never cross.
        LearningAgreement current = placements.currentAgreement(placement);
        em.refresh(current, LockModeType.PESSIMISTIC_WRITE);
        PlacementRevisionRule.refusal(placement.getState(), placements.agreementVersions(placement)).ifPresent(e -> {
            throw e;
        });
        Basics basics = checked(form, placement.getStudent(), placement.getId());
        String changes = changes(placement, basics, form);
        if (changes.isEmpty()) {
            return placement;
        }
        boolean newMentor = !placement.getMentor().getId().equals(basics.mentor().getId());
        placement.revise(basics.host(), basics.department(), basics.mentor(), basics.referent(), form.getWorkingLanguage());
        current.replan(form.getPlannedStart(), form.getPlannedEnd(), form.getHoursPerWeek());
        if (newMentor) {
            revokeOpenLinks(placement);
        }
        em.flush();
        audit.record(coordinator.actor(), "PLACEMENT_EDITED", PlacementService.AUDIT_SUBJECT, id, null, null, changes);
        changed.fire(PlacementChanged.edited(id));
        return placement;
    }

    /** What the form changes on the placement, in French for the history (empty: nothing). */
    private static String changes(Placement p, Basics b, PlacementForm f) {
        List<String> changes = new ArrayList<>();
        change(changes, "host", p.getHost().getName(), b.host().getName());
        change(changes, "department", p.getDepartment(), b.department());
        change(changes, "mentor", p.getMentor().getFullName() + " <" + p.getMentor().getEmail() + ">",
                b.mentor().getFullName() + " <" + b.mentor().getEmail() + ">");
        change(changes, "referent", p.getReferent().getFullName(), b.referent().getFullName());
        change(changes, "period", p.getPlannedStart() + " – " + p.getPlannedEnd(), f.getPlannedStart() + " – " + f.getPlannedEnd());
        change(changes, "hours", String.valueOf(p.getHoursPerWeek()), String.valueOf(f.getHoursPerWeek()));
        change(changes, "language", p.getWorkingLanguage(), f.getWorkingLanguage());
        return String.join(" ; ", changes);
    }

    private static void change(List<String> changes, String what, String before, String after) {
        String from = before == null ? "—" : before;
        String to = after == null ? "—" : after;
        if (!from.equals(to)) {
            changes.add(Messages.text(MailTemplates.LOCALE, "placement.edit.change." + what, from, to));
        }
    }

    /** What creation and correction both check, resolved. */
    private record Basics(HostOrganisation host, String department, HostContact mentor, Account referent) {
    }

    /**
     * The host (active), the mentor (a mentor of that host, with an e-mail for the signing link), the
     * referent (an enabled trainer), department, hours, language and the Erasmus+ duration rules with
     * the student's other placements in the cycle ({@code excluded}: the placement being corrected).
     */
    private Basics checked(PlacementForm form, Account student, Long excluded) {
        HostOrganisation host = Optional.ofNullable(form.getHostId()).map(id -> em.find(HostOrganisation.class, id))
                .filter(HostOrganisation::isActive)
                .orElseThrow(() -> new BusinessException("host", "placement.host.required"));
        HostContact mentor = Optional.ofNullable(form.getMentorId()).map(id -> em.find(HostContact.class, id))
                .orElseThrow(() -> new BusinessException("mentor", "placement.mentor.required"));
        if (!mentor.getHost().getId().equals(host.getId()) || !mentor.isMentor() || mentor.getEmail() == null) {
            throw new BusinessException("mentor", "placement.mentor.notOfHost", host.getName());
        }
        Account referent = Optional.ofNullable(form.getReferentId()).map(id -> em.find(Account.class, id))
                .filter(a -> RoleGuard.allows(a, Role.TRAINER))
                .orElseThrow(() -> new BusinessException("referent", "placement.referent.required"));
        // The department's size is the form's limit (@Size on PlacementForm).
        FieldLimits.check(form);
        if (form.getHoursPerWeek() == null || form.getHoursPerWeek() < 1 || form.getHoursPerWeek() > AgreementContentRule.MAX_HOURS) {
            throw new BusinessException("hoursPerWeek", "placement.hours.invalid", AgreementContentRule.MAX_HOURS);
        }
        if (form.getWorkingLanguage() == null || !ApplicationRules.LANGUAGES.contains(form.getWorkingLanguage())) {
            throw new BusinessException("workingLanguage", "placement.language.required");
        }
        PlacementDuration.refusal(form.getPlannedStart(), form.getPlannedEnd(), placements.otherCycleDays(student, excluded),
                excluded == null ? PlacementDuration.Stay.NONE : stayFacts.of(excluded), "plannedStart", "plannedEnd").ifPresent(e -> {
                    throw e;
                });
        return new Basics(host, Texts.blankToNull(form.getDepartment()), mentor, referent);
    }

    /** Every unused mentor link of the placement stops working (they went to someone no longer concerned). */
    void revokeOpenLinks(Placement placement) {
        em.createQuery("update PlacementLink l set l.usedAt = :now where l.placement = :p and l.usedAt is null")
                .setParameter("now", Instant.now(clock)).setParameter("p", placement).executeUpdate();
    }

    private boolean hasLivePlacement(MobilityApplication application) {
        return em.createQuery("select count(p) from Placement p where p.application = :a and p.state <> :cancelled", Long.class)
                .setParameter("a", application).setParameter("cancelled", PlacementState.CANCELLED)
                .getSingleResult() > 0;
    }
}
