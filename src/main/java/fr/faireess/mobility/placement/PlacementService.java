package fr.faireess.mobility.placement;

import java.time.Clock;
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
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import fr.faireess.mobility.application.ApplicationRules;
import fr.faireess.mobility.application.ApplicationStatus;
import fr.faireess.mobility.application.MobilityApplication;
import fr.faireess.mobility.application.PdfRule;
import fr.faireess.mobility.host.HostContact;
import fr.faireess.mobility.host.HostOrganisation;
import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.identity.CampusScope;
import fr.faireess.mobility.identity.Role;
import fr.faireess.mobility.identity.RoleGuard;
import fr.faireess.mobility.platform.audit.AuditEntry;
import fr.faireess.mobility.platform.audit.AuditLog;
import fr.faireess.mobility.platform.audit.AuditLog.Actor;
import fr.faireess.mobility.platform.config.SchoolTime;
import fr.faireess.mobility.platform.error.BusinessException;
import fr.faireess.mobility.platform.error.ConcurrentModificationException;
import fr.faireess.mobility.platform.error.NotFoundException;
import fr.faireess.mobility.platform.i18n.Messages;
import fr.faireess.mobility.platform.mail.MailTemplates;

/**
 * Placements from creation to completion. Reads take the person asking and return only what they
 * may see (a student: their own; a trainer: those they are the academic referent of; a
 * coordinator: those of students of the campuses they see, {@link CampusScope} — another campus's
 * placement is as absent as a guessed id, for reads and actions alike). Every state change goes through {@link Placement#moveTo} after
 * {@link PlacementTransitionRule}, and is audited (subject {@value #AUDIT_SUBJECT}) in the same
 * transaction. The Learning Agreement is handled by {@link AgreementService}. Every method that acts
 * for someone checks their role first ({@link RoleGuard}): the web.xml constraints are the first
 * lock, this is the second (coordinator-only, as the /coordinator area is).
 */
@ApplicationScoped
public class PlacementService {

    public static final String AUDIT_SUBJECT = "PLACEMENT";
    /** Audit action of a staff member reading one of a placement's documents. */
    static final String DOCUMENT_READ = "DOCUMENT_READ";

    @PersistenceContext
    private EntityManager em;

    @Inject private AuditLog audit;
    @Inject private Clock clock;
    /** Dates in the French mails. */
    private static final java.time.format.DateTimeFormatter DAY_FR = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject private MailTemplates mails;
    @Inject private StayFacts stayFacts;

    // ================================================================ coordinator: creation

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
        return withScope(query, scope).getResultList();
    }

    /** A selected application, if its student belongs to a campus the coordinator sees. */
    public Optional<MobilityApplication> selectedApplication(long applicationId, Account coordinator) {
        RoleGuard.require(coordinator, Role.COORDINATOR);
        CampusScope scope = CampusScope.of(coordinator);
        return em.createQuery("select a from MobilityApplication a where a.id = :id and a.status = :selected",
                        MobilityApplication.class)
                .setParameter("id", applicationId).setParameter("selected", ApplicationStatus.SELECTED)
                .getResultStream().findFirst()
                .filter(a -> scope.allows(campusOf(a.getStudent())));
    }

    public List<HostOrganisation> hostChoices() {
        return em.createQuery("select h from HostOrganisation h join fetch h.country where h.active = true order by h.name",
                HostOrganisation.class).getResultList();
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
                form.getWorkingLanguage(), now());
        em.persist(placement);
        LearningAgreement first = new LearningAgreement(placement, now());
        em.persist(first);
        em.flush();
        audit.record(actorOf(coordinator), "PLACEMENT_CREATED", AUDIT_SUBJECT, placement.getId(), null,
                PlacementState.PROPOSED.name(), basics.host().getName());
        mails.queue(placement.getStudent().getEmail(), "placement.mail.created", placement.getStudent().getFirstName(),
                basics.host().getName(), basics.host().getCity());
        return placement;
    }

    /** The placement's basics as a form, to correct them (see {@link #revise}). */
    public PlacementForm revisionForm(long id, Account coordinator) {
        RoleGuard.require(coordinator, Role.COORDINATOR);
        Placement placement = forCoordinator(id, coordinator);
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
        return PlacementRevisionRule.allows(placement.getState(), agreementVersions(placement));
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
        requireInScope(placement, coordinator);
        if (placement.getVersion() != form.getVersion()) {
            throw new ConcurrentModificationException();
        }
        // Signing locks the agreement row too: a signature and this correction never cross.
        LearningAgreement current = currentAgreement(placement);
        em.refresh(current, LockModeType.PESSIMISTIC_WRITE);
        PlacementRevisionRule.refusal(placement.getState(), agreementVersions(placement)).ifPresent(e -> {
            throw e;
        });
        Basics basics = checked(form, placement.getStudent(), placement.getId());
        String changes = changes(placement, basics, form);
        if (changes.isEmpty()) {
            return placement;
        }
        boolean newMentor = !placement.getMentor().getId().equals(basics.mentor().getId());
        placement.revise(basics.host(), basics.department(), basics.mentor(), basics.referent(), form.getPlannedStart(),
                form.getPlannedEnd(), form.getHoursPerWeek(), form.getWorkingLanguage());
        current.replan(form.getPlannedStart(), form.getPlannedEnd(), form.getHoursPerWeek());
        if (newMentor) {
            revokeOpenLinks(placement);
        }
        em.flush();
        audit.record(actorOf(coordinator), "PLACEMENT_EDITED", AUDIT_SUBJECT, id, null, null, changes);
        mails.queue(placement.getStudent().getEmail(), "placement.mail.edited", placement.getStudent().getFirstName(),
                basics.host().getName(), basics.host().getCity());
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
        if (form.getDepartment() != null && form.getDepartment().length() > 200) {
            throw new BusinessException("department", "field.tooLong");
        }
        if (form.getHoursPerWeek() == null || form.getHoursPerWeek() < 1 || form.getHoursPerWeek() > AgreementContentRule.MAX_HOURS) {
            throw new BusinessException("hoursPerWeek", "placement.hours.invalid", AgreementContentRule.MAX_HOURS);
        }
        if (form.getWorkingLanguage() == null || !ApplicationRules.LANGUAGES.contains(form.getWorkingLanguage())) {
            throw new BusinessException("workingLanguage", "placement.language.required");
        }
        PlacementDuration.refusal(form.getPlannedStart(), form.getPlannedEnd(), otherCycleDays(student, excluded),
                excluded == null ? PlacementDuration.Stay.NONE : stayFacts.of(excluded), "plannedStart", "plannedEnd").ifPresent(e -> {
                    throw e;
                });
        return new Basics(host, blankToNull(form.getDepartment()), mentor, referent);
    }

    /** Every unused mentor link of the placement stops working (they went to someone no longer concerned). */
    void revokeOpenLinks(Placement placement) {
        em.createQuery("update PlacementLink l set l.usedAt = :now where l.placement = :p and l.usedAt is null")
                .setParameter("now", now()).setParameter("p", placement).executeUpdate();
    }

    private boolean hasLivePlacement(MobilityApplication application) {
        return em.createQuery("select count(p) from Placement p where p.application = :a and p.state <> :cancelled", Long.class)
                .setParameter("a", application).setParameter("cancelled", PlacementState.CANCELLED)
                .getSingleResult() > 0;
    }

    // ================================================================ coordinator: life

    /**
     * Moves the placement to {@code target} (CONFIRMED, IN_PROGRESS, COMPLETED, CANCELLED,
     * INTERRUPTED) if {@link PlacementTransitionRule} allows it; refused if someone changed the
     * placement since {@code version}.
     */
    @Transactional
    public Placement move(long id, PlacementState target, String reason, LocalDate date, long version, Account coordinator) {
        RoleGuard.require(coordinator, Role.COORDINATOR);
        Placement placement = forCoordinator(id, coordinator);
        if (placement.getVersion() != version) {
            throw new ConcurrentModificationException();
        }
        boolean signed = currentAgreement(placement).isSignedByAll();
        PlacementTransitionRule.refusal(new PlacementTransitionRule.Facts(placement.getState(), signed,
                placement.hasCertificate(), placement.getPlannedStart()), target, reason, date).ifPresent(e -> {
                    throw e;
                });
        String text = target.isStop() ? reason.strip() : null;
        if (text != null && text.length() > 1000) {
            throw new BusinessException("stopReason", "field.tooLong");
        }
        PlacementState from = placement.moveTo(target, text, target.isStop() ? date : null);
        em.flush();
        audit.record(actorOf(coordinator), "PLACEMENT_" + target.name(), AUDIT_SUBJECT, id, from.name(), target.name(),
                text == null ? null : text + " (" + date + ")");
        // The student hears of the moves they did not make themselves (not the departure, which is theirs).
        if (target != PlacementState.IN_PROGRESS) {
            mails.queue(placement.getStudent().getEmail(), "placement.mail.state." + target.name(),
                    placement.getStudent().getFirstName(), placement.getHost().getName(),
                    text == null ? "" : text, date == null ? "" : date.format(DAY_FR));
        }
        // A stop also concerns the academic referent who follows the placement.
        if (target.isStop() && placement.getReferent() != null) {
            mails.queue(placement.getReferent().getEmail(), "placement.mail.referentStop." + target.name(),
                    placement.getReferent().getFirstName(), placement.getStudent().getFullName(),
                    placement.getHost().getName(), text, date.format(DAY_FR));
        }
        return placement;
    }

    /**
     * Ticks (or unticks, with {@code done} false) a checklist item: the student their own ones on
     * their own placement, the coordinator the convention.
     */
    @Transactional
    public Placement tick(long id, ChecklistItem item, boolean done, Account actor) {
        RoleGuard.require(actor, item.isTickedByStudent() ? Role.STUDENT : Role.COORDINATOR);
        Placement placement = findVisibleTo(id, actor).orElseThrow(NotFoundException::new);
        if (item.isTickedByStudent() && !placement.getStudent().getId().equals(actor.getId())) {
            throw new BusinessException("placement.checklist.notYours");
        }
        if (placement.getState().isFinal()) {
            throw new BusinessException("placement.closed");
        }
        LocalDate today = LocalDate.now(clock.withZone(SchoolTime.ZONE));
        placement.tick(item, done ? today : null);
        em.flush();
        audit.record(actorOf(actor), done ? "CHECKLIST_DONE" : "CHECKLIST_UNDONE", AUDIT_SUBJECT, id, null, null, item.name());
        return placement;
    }

    /**
     * Records the traineeship certificate (Table D) typed or scanned by the coordinator. Its actual
     * dates must make a valid period (the cycle total is re-checked with them).
     */
    @Transactional
    public Placement recordCertificate(long id, CertificateForm form, Scan scan, Account coordinator) {
        RoleGuard.require(coordinator, Role.COORDINATOR);
        Placement placement = forCoordinator(id, coordinator);
        if (scan != null && scan.isPresent()) {
            PdfRule.refusal(scan.content()).ifPresent(key -> {
                throw new BusinessException("certificateScan", key, PdfRule.MAX_BYTES / (1024 * 1024));
            });
        }
        String signer = form.getSignerName() == null || form.getSignerName().isBlank()
                ? coordinator.getFullName() : form.getSignerName().strip();
        certify(placement, form, signer, actorOf(coordinator), "CERTIFICATE_RECORDED");
        if (scan != null && scan.isPresent()) {
            em.persist(new PlacementDocument(placement, null, PlacementDocumentKind.CERTIFICATE_SCAN,
                    safeFileName(scan.fileName()), scan.content(), now()));
        }
        return placement;
    }

    /** What the grant facts say about the placement's stay (interruptions, force majeure). */
    PlacementDuration.Stay stayOf(Placement placement) {
        return stayFacts.of(placement.getId());
    }

    /** Shared by the coordinator's form and the mentor's link: checks, then records Table D. */
    void certify(Placement placement, CertificateForm form, String signer, Actor actor, String action) {
        if (!placement.canBeCertified()) {
            throw new BusinessException("placement.certificate.notNow");
        }
        if (placement.hasCertificate()) {
            throw new BusinessException("placement.certificate.already");
        }
        // An interrupted stay ended the day it was interrupted: its certificate says so.
        if (placement.getState() == PlacementState.INTERRUPTED && form.getActualEnd() != null
                && !form.getActualEnd().equals(placement.getStoppedOn())) {
            throw new BusinessException("actualEnd", "placement.certificate.interruptedEnd", placement.getStoppedOn().format(DAY_FR));
        }
        PlacementDuration.refusal(form.getActualStart(), form.getActualEnd(),
                otherCycleDays(placement.getStudent(), placement.getId()), stayOf(placement), "actualStart", "actualEnd")
                .ifPresent(e -> {
                    throw e;
                });
        for (String[] text : new String[][] {{"tasks", form.getTasks()}, {"outcomes", form.getOutcomes()},
                {"evaluation", form.getEvaluation()}}) {
            if (text[1] == null || text[1].isBlank()) {
                throw new BusinessException(text[0], "placement.certificate.required");
            }
            if (text[1].length() > Placement.TEXT_MAX) {
                throw new BusinessException(text[0], "field.tooLong");
            }
        }
        if (signer.length() > 200) {
            throw new BusinessException("signerName", "field.tooLong");
        }
        placement.recordCertificate(form.getActualStart(), form.getActualEnd(), form.getTasks().strip(),
                form.getOutcomes().strip(), form.getEvaluation().strip(), signer, now());
        em.flush();
        audit.record(actor, action, AUDIT_SUBJECT, placement.getId(), null, null,
                signer + " : " + form.getActualStart() + " → " + form.getActualEnd());
    }

    // ================================================================ lists

    /** One page of the coordinators' list, filtered in the database, within the coordinator's campuses. */
    public List<Placement> page(PlacementCriteria criteria, int first, int size, Account coordinator) {
        RoleGuard.require(coordinator, Role.COORDINATOR);
        // The page's applications, mentors and referents read in one IN query each, not one SELECT per
        // row: the list sent 112 statements for a page of 25 (ScaleBenchmark, README Benchmarks). As a
        // query hint, not as @BatchFetch on the mappings: EclipseLink 4.0 refuses mapping-level IN batch
        // reading in other queries of these entities (EclipseLink-6169).
        return criteria.apply(em, "select p from Placement p join fetch p.student s join fetch p.host h",
                        Placement.class, " order by p.plannedStart, p.id", CampusScope.of(coordinator))
                .setHint("eclipselink.batch.type", "IN").setHint("eclipselink.batch", "p.application")
                .setHint("eclipselink.batch", "p.mentor").setHint("eclipselink.batch", "p.referent")
                .setFirstResult(first).setMaxResults(size).getResultList();
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

    /** A placement by id for a coordinator (role checked by the caller): absent if it is of a campus they do not see. */
    Placement forCoordinator(long id, Account coordinator) {
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
        return RoleGuard.allows(coordinator, Role.COORDINATOR)
                && CampusScope.of(coordinator).allows(campusOf(placement.getStudent()));
    }

    private static String campusOf(Account student) {
        return student.getCampus() == null ? null : student.getCampus().getCode();
    }

    private static <T> TypedQuery<T> withScope(TypedQuery<T> query, CampusScope scope) {
        return scope.needsParameter() ? query.setParameter(CampusScope.PARAMETER, scope.campuses()) : query;
    }

    static String safeFileName(String name) {
        String base = name == null ? "" : name.replaceAll("[^\\p{L}\\p{N}._ -]", "_").strip();
        if (base.isEmpty()) {
            base = "document";
        }
        if (!base.toLowerCase().endsWith(".pdf")) {
            base = base + ".pdf";
        }
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private Instant now() {
        return Instant.now(clock);
    }

    static Actor actorOf(Account account) {
        return new Actor(account.getId(), account.getEmail());
    }
}
