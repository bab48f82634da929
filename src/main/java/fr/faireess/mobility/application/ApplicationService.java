package fr.faireess.mobility.application;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import fr.faireess.mobility.application.ApplicationStatus.By;
import fr.faireess.mobility.call.CallService;
import fr.faireess.mobility.call.MobilityCall;
import fr.faireess.mobility.host.HostDirectory;
import fr.faireess.mobility.host.HostOrganisation;
import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.identity.CampusScope;
import fr.faireess.mobility.platform.files.FileType;
import fr.faireess.mobility.platform.files.SafeFileName;
import fr.faireess.mobility.platform.security.Role;
import fr.faireess.mobility.platform.security.RoleGuard;
import fr.faireess.mobility.platform.audit.AuditEntry;
import fr.faireess.mobility.platform.audit.AuditLog;
import fr.faireess.mobility.platform.audit.AuditLog.Actor;
import fr.faireess.mobility.platform.error.BusinessException;
import fr.faireess.mobility.platform.error.ConcurrentModificationException;
import fr.faireess.mobility.platform.error.NotFoundException;
import fr.faireess.mobility.reference.Country;

/**
 * Applications from draft to decision. Every read takes the person asking and only returns what
 * they may see (a student: their own files; a coordinator: the submitted files of students of the
 * campuses they see, {@link CampusScope} — another campus's file is as absent as a guessed id).
 * Every status change goes through {@link MobilityApplication#moveTo}, is audited and announced in
 * the same transaction.
 * Each method that acts for someone checks their role first ({@link RoleGuard}): students write
 * their own files, coordinators decide — whatever page or caller the request came through.
 */
@ApplicationScoped
public class ApplicationService {

    public static final String AUDIT_SUBJECT = "APPLICATION";
    public static final int SCORE_MAX = 100;

    @PersistenceContext
    private EntityManager em;

    @Inject private CallService calls;
    @Inject private AuditLog audit;
    @Inject private Clock clock;
    @Inject private Event<ApplicationChanged> changed;
    @Inject private ModuleGate moduleGate;
    @Inject private HostDirectory hosts;

    // ================================================================ student

    /** Opens the student's application to a call: the existing one, or a new draft if they may apply. */
    @Transactional
    public MobilityApplication start(long callId, Account student) {
        RoleGuard.require(student, Role.STUDENT);
        MobilityCall call = calls.find(callId).orElseThrow(NotFoundException::new);
        Optional<MobilityApplication> existing = em.createQuery(
                        "select a from MobilityApplication a where a.call = :call and a.student = :student",
                        MobilityApplication.class)
                .setParameter("call", call).setParameter("student", student)
                .getResultStream().findFirst();
        if (existing.isPresent()) {
            return existing.get();
        }
        Optional<String> refusal = calls.refusal(call, student);
        if (refusal.isPresent()) {
            throw new BusinessException(refusal.get());
        }
        if (call.isRequiresModule()) {
            moduleGate.refusal(student).ifPresent(notCompleted -> {
                throw notCompleted;
            });
        }
        MobilityApplication application = new MobilityApplication(call, student, now());
        em.persist(application);
        em.flush();
        audit.record(actorOf(student), "APPLICATION_CREATED", AUDIT_SUBJECT, application.getId(), null,
                ApplicationStatus.DRAFT.name(), call.getTitle());
        return application;
    }

    /**
     * Saves what the student typed and the files they chose, all or nothing: incomplete is fine,
     * wrong is not (and a wrong file refuses the whole save).
     */
    @Transactional
    public MobilityApplication saveDraft(long id, Account student, ApplicationForm form, List<Upload> uploads) {
        RoleGuard.require(student, Role.STUDENT);
        MobilityApplication application = ownEditable(id, student, form.getVersion());
        ApplicationRules.draftProblem(form).ifPresent(e -> {
            throw e;
        });
        checkUploads(uploads);
        replaceContent(application, form);
        attach(application, student, uploads);
        flush();
        return application;
    }

    /** Saves and submits: complete, and before the call closes. */
    @Transactional
    public MobilityApplication submit(long id, Account student, ApplicationForm form, List<Upload> uploads) {
        RoleGuard.require(student, Role.STUDENT);
        MobilityApplication application = ownEditable(id, student, form.getVersion());
        if (!application.getCall().isOpen(now())) {
            // Shown next to the deadline on the student's form; the draft as saved before stays untouched.
            throw new BusinessException("deadline", "application.submit.closed");
        }
        checkUploads(uploads);
        Set<DocumentKind> kinds = documentKinds(application);
        uploads.forEach(u -> kinds.add(u.kind()));
        ApplicationRules.submitProblem(form, kinds).ifPresent(e -> {
            throw e;
        });
        replaceContent(application, form);
        attach(application, student, uploads);
        move(application, ApplicationStatus.SUBMITTED, By.STUDENT, student, null);
        return application;
    }

    private static void checkUploads(List<Upload> uploads) {
        for (Upload upload : uploads) {
            PdfRule.refusal(upload.content()).ifPresent(key -> {
                throw new BusinessException(upload.kind() == DocumentKind.CV ? "cv" : "letter", key,
                        PdfRule.MAX_BYTES / (1024 * 1024));
            });
        }
    }

    /** Attaches (or replaces) checked PDFs. */
    private void attach(MobilityApplication application, Account student, List<Upload> uploads) {
        for (Upload upload : uploads) {
            ApplicationDocument document = em.createQuery(
                            "select d from ApplicationDocument d where d.application = :a and d.kind = :kind",
                            ApplicationDocument.class)
                    .setParameter("a", application).setParameter("kind", upload.kind())
                    .getResultStream().findFirst()
                    .orElseGet(() -> new ApplicationDocument(application, upload.kind()));
            document.replace(safeFileName(upload.fileName(), upload.kind()), upload.content(), sha256(upload.content()), now());
            if (document.getId() == null) {
                em.persist(document);
            }
            audit.record(actorOf(student), "DOCUMENT_UPLOADED", AUDIT_SUBJECT, application.getId(), null, null,
                    upload.kind().name());
        }
    }

    @Transactional
    public MobilityApplication withdraw(long id, Account student, String reason) {
        RoleGuard.require(student, Role.STUDENT);
        MobilityApplication application = own(id, student);
        String text = required(reason, "withdrawReason", "application.withdraw.reasonRequired");
        application.withdrawBecause(text);
        move(application, ApplicationStatus.WITHDRAWN, By.STUDENT, student, text);
        return application;
    }

    public List<MobilityApplication> ofStudent(Account student) {
        return em.createQuery("""
                        select a from MobilityApplication a join fetch a.call
                        where a.student = :student order by a.createdAt desc""", MobilityApplication.class)
                .setParameter("student", student).getResultList();
    }

    public ApplicationForm formOf(MobilityApplication application) {
        return application.toForm();
    }

    // ================================================================ coordinator

    @Transactional
    public MobilityApplication requestChanges(long id, Account coordinator, String message) {
        return requestChanges(id, coordinator, message, null);
    }

    /**
     * Returns the file to the student with a message. {@code seenVersion} is the version the
     * coordinator's page showed (null: no check): if someone changed the file since, nothing is done
     * and the coordinator is told, rather than deciding on what they did not see.
     */
    @Transactional
    public MobilityApplication requestChanges(long id, Account coordinator, String message, Long seenVersion) {
        RoleGuard.require(coordinator, Role.COORDINATOR);
        MobilityApplication application = forDecision(id, coordinator, seenVersion);
        String text = required(message, "message", "application.requestChanges.messageRequired");
        em.persist(new ApplicationComment(application, coordinator, text, now()));
        move(application, ApplicationStatus.CHANGES_REQUESTED, By.COORDINATOR, coordinator, text);
        return application;
    }

    @Transactional
    public MobilityApplication select(long id, Account coordinator) {
        return select(id, coordinator, null);
    }

    /**
     * Selects within the call's quota. The call row is locked first, so two coordinators selecting at
     * the same moment queue up and the second sees the first's selection.
     */
    @Transactional
    public MobilityApplication select(long id, Account coordinator, Long seenVersion) {
        return select(id, coordinator, null, seenVersion);
    }

    /**
     * The same with the coordinator's optional message, which the student reads in the file's thread
     * and in the e-mail announcing the decision.
     */
    @Transactional
    public MobilityApplication select(long id, Account coordinator, String message, Long seenVersion) {
        RoleGuard.require(coordinator, Role.COORDINATOR);
        MobilityApplication application = forStaff(id, coordinator);
        MobilityCall call = calls.lockForSelection(application.getCall().getId());
        em.refresh(application);
        checkVersion(application, seenVersion);
        // The quota counts every selected file of the call, those of campuses this coordinator
        // does not see included; the refusal then says how many, never whose.
        long selected = calls.selectedCount(call.getId());
        if (application.getStatus() != ApplicationStatus.SELECTED && selected >= call.getPlaces()) {
            long unseen = selected - selectedCount(call.getId(), CampusScope.of(coordinator));
            if (unseen > 0) {
                throw new BusinessException("application.select.quotaReachedOtherCampus", call.getPlaces(), unseen);
            }
            throw new BusinessException("application.select.quotaReached", call.getPlaces());
        }
        move(application, ApplicationStatus.SELECTED, By.COORDINATOR, coordinator, optionalMessage(application, coordinator, message));
        return application;
    }

    @Transactional
    public MobilityApplication waitlist(long id, Account coordinator) {
        return waitlist(id, coordinator, null);
    }

    @Transactional
    public MobilityApplication waitlist(long id, Account coordinator, Long seenVersion) {
        return waitlist(id, coordinator, null, seenVersion);
    }

    /** Waitlists, with the coordinator's optional message (thread and e-mail). */
    @Transactional
    public MobilityApplication waitlist(long id, Account coordinator, String message, Long seenVersion) {
        RoleGuard.require(coordinator, Role.COORDINATOR);
        MobilityApplication application = forDecision(id, coordinator, seenVersion);
        move(application, ApplicationStatus.WAITLISTED, By.COORDINATOR, coordinator, optionalMessage(application, coordinator, message));
        return application;
    }

    /** A message typed with a decision that needs none: kept in the thread, else nothing (null). */
    private String optionalMessage(MobilityApplication application, Account coordinator, String message) {
        if (message == null || message.isBlank()) {
            return null;
        }
        String text = message.strip();
        em.persist(new ApplicationComment(application, coordinator, text, now()));
        return text;
    }

    @Transactional
    public MobilityApplication reject(long id, Account coordinator, String reason) {
        return reject(id, coordinator, reason, null);
    }

    @Transactional
    public MobilityApplication reject(long id, Account coordinator, String reason, Long seenVersion) {
        RoleGuard.require(coordinator, Role.COORDINATOR);
        MobilityApplication application = forDecision(id, coordinator, seenVersion);
        String text = required(reason, "message", "application.reject.reasonRequired");
        em.persist(new ApplicationComment(application, coordinator, text, now()));
        move(application, ApplicationStatus.REJECTED, By.COORDINATOR, coordinator, text);
        return application;
    }

    /** Scores for ranking (0–100); refused if someone else changed the file since {@code version}. */
    @Transactional
    public MobilityApplication score(long id, Account coordinator, Integer score, long version) {
        RoleGuard.require(coordinator, Role.COORDINATOR);
        MobilityApplication application = forDecision(id, coordinator, version);
        if (score != null && (score < 0 || score > SCORE_MAX)) {
            throw new BusinessException("score", "application.score.invalid", SCORE_MAX);
        }
        application.score(score);
        flush();
        audit.record(actorOf(coordinator), "APPLICATION_SCORED", AUDIT_SUBJECT, id, null, null,
                score == null ? "—" : score.toString());
        return application;
    }

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
                .filter(a -> scope.allows(campusOf(a)))
                .toList();
    }

    /** One page of the review list, filtered and sorted in the database, within the coordinator's campuses. */
    public List<MobilityApplication> page(ApplicationCriteria criteria, int first, int size, Account coordinator) {
        RoleGuard.require(coordinator, Role.COORDINATOR);
        // Students and calls of the page read in one query each (IN batch) rather than joined: joined rows
        // would load each student's roles and each call's campuses, programmes and years one by one,
        // where batch reading extends to those collections (@BatchFetch on them).
        return criteria.apply(em, "select a from MobilityApplication a join a.student s",
                        MobilityApplication.class, true, CampusScope.of(coordinator))
                .setHint("eclipselink.batch.type", "IN").setHint("eclipselink.batch", "a.student")
                .setHint("eclipselink.batch", "a.call")
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    /**
     * The countries of first wishes among the submitted files the coordinator sees: the review list's
     * country filter offers these, not every country of the world.
     */
    public java.util.Set<String> firstWishCountries(Account coordinator) {
        RoleGuard.require(coordinator, Role.COORDINATOR);
        ApplicationCriteria all = new ApplicationCriteria(null, null, null, null, null, null, null);
        java.util.Set<String> codes = new java.util.HashSet<>(all.apply(em,
                "select distinct a.firstCountryCode from MobilityApplication a join a.student s", String.class, false,
                CampusScope.of(coordinator)).getResultList());
        codes.remove(null);
        return codes;
    }

    public long count(ApplicationCriteria criteria, Account coordinator) {
        RoleGuard.require(coordinator, Role.COORDINATOR);
        return criteria.apply(em, "select count(a) from MobilityApplication a join a.student s", Long.class, false,
                CampusScope.of(coordinator)).getSingleResult();
    }

    /**
     * Number of applications per call and status, {callId → {status → count}}, counting the files of
     * students of the campuses the coordinator sees (a call for both campuses shows each coordinator
     * their own campus's files, unless they see both).
     */
    public Map<Long, Map<ApplicationStatus, Long>> countsByCall(Account coordinator) {
        RoleGuard.require(coordinator, Role.COORDINATOR);
        return countsByCall(CampusScope.of(coordinator));
    }

    private Map<Long, Map<ApplicationStatus, Long>> countsByCall(CampusScope scope) {
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
    private long selectedCount(long callId, CampusScope scope) {
        return countsByCall(scope).getOrDefault(callId, Map.of()).getOrDefault(ApplicationStatus.SELECTED, 0L);
    }

    // ================================================================ both

    /**
     * The file as {@code viewer} may see it: their own, or for a coordinator any submitted one of a
     * student of a campus they see.
     */
    public Optional<MobilityApplication> findVisibleTo(long id, Account viewer) {
        return em.createQuery("""
                        select a from MobilityApplication a
                        where a.id = :id
                          and (a.student = :viewer
                               or (:staff = true and a.status <> fr.faireess.mobility.application.ApplicationStatus.DRAFT))""",
                        MobilityApplication.class)
                .setParameter("id", id).setParameter("viewer", viewer).setParameter("staff", isStaff(viewer))
                .getResultStream().findFirst()
                .filter(a -> isOwner(a, viewer) || inScope(a, viewer));
    }

    @Transactional
    public ApplicationComment comment(long id, Account author, String body) {
        // Students write on their own file only, staff on any submitted one: findVisibleTo decides which.
        RoleGuard.require(author, Role.STUDENT, Role.COORDINATOR);
        MobilityApplication application = findVisibleTo(id, author).orElseThrow(NotFoundException::new);
        String text = required(body, "comment", "application.comment.required");
        if (text.length() > ApplicationComment.MAX_LENGTH) {
            throw new BusinessException("comment", "field.tooLong");
        }
        ApplicationComment comment = new ApplicationComment(application, author, text, now());
        em.persist(comment);
        audit.record(actorOf(author), "APPLICATION_COMMENTED", AUDIT_SUBJECT, id, null, null, null);
        if (!isOwner(application, author)) {
            changed.fire(new ApplicationChanged(id, application.getStatus(), application.getStatus(), text,
                    ApplicationChanged.Kind.COMMENT));
        }
        return comment;
    }

    public List<ApplicationComment> comments(MobilityApplication application) {
        return em.createQuery("""
                        select c from ApplicationComment c join fetch c.author
                        where c.application = :a order by c.createdAt, c.id""", ApplicationComment.class)
                .setParameter("a", application).getResultList();
    }

    /** Metadata of the file's documents (never their content). */
    public List<DocumentInfo> documents(MobilityApplication application) {
        return em.createQuery("""
                        select new fr.faireess.mobility.application.DocumentInfo(d.id, d.kind, d.file.fileName, d.file.sizeBytes, d.file.uploadedAt)
                        from ApplicationDocument d where d.application = :a order by d.kind""", DocumentInfo.class)
                .setParameter("a", application).getResultList();
    }

    /** A document's bytes, only for someone who may see its application. Each staff access is audited. */
    @Transactional
    public Optional<DocumentDownload> download(long documentId, Account viewer) {
        RoleGuard.require(viewer, Role.STUDENT, Role.COORDINATOR);
        Optional<ApplicationDocument> document = em.createQuery("""
                        select d from ApplicationDocument d join d.application a
                        where d.id = :id
                          and (a.student = :viewer
                               or (:staff = true and a.status <> fr.faireess.mobility.application.ApplicationStatus.DRAFT))""",
                        ApplicationDocument.class)
                .setParameter("id", documentId).setParameter("viewer", viewer).setParameter("staff", isStaff(viewer))
                .getResultStream().findFirst()
                .filter(d -> isOwner(d.getApplication(), viewer) || inScope(d.getApplication(), viewer));
        document.filter(d -> !isOwner(d.getApplication(), viewer)).ifPresent(d ->
                audit.record(actorOf(viewer), "DOCUMENT_READ", AUDIT_SUBJECT, d.getApplication().getId(), null, null,
                        d.getKind().name()));
        return document.map(d -> new DocumentDownload(d.getFileName(), d.content()));
    }

    /** The timeline: who moved the file from which state to which, when, and why. */
    public List<AuditEntry> timeline(MobilityApplication application) {
        return audit.history(AUDIT_SUBJECT, application.getId()).stream()
                .filter(e -> e.getToState() != null)
                .toList();
    }

    /** Active directory hosts, for the wish drop-downs. */
    public List<HostChoice> hostChoices() {
        return hosts.activeChoices().stream()
                .map(h -> new HostChoice(h.getId(), label(h)))
                .toList();
    }

    /** "name — city (country)" of the hosts named in wishes, active or not. */
    public Map<Long, String> hostLabels(MobilityApplication application) {
        return application.getWishes().stream().map(ApplicationWish::getHostId)
                .filter(java.util.Objects::nonNull).distinct()
                .map(id -> em.find(HostOrganisation.class, id))
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toMap(HostOrganisation::getId, ApplicationService::label));
    }

    private static String label(HostOrganisation host) {
        return host.getName() + " — " + host.getCity() + " (" + host.getCountry().getCode() + ")";
    }

    // ================================================================ internals

    private void move(MobilityApplication application, ApplicationStatus target, By by, Account actor, String comment) {
        ApplicationStatus from = application.moveTo(target, by, now());
        flush();
        audit.record(actorOf(actor), "APPLICATION_" + target.name(), AUDIT_SUBJECT, application.getId(), from.name(),
                target.name(), comment);
        changed.fire(new ApplicationChanged(application.getId(), from, target, comment, ApplicationChanged.Kind.STATUS));
    }

    private MobilityApplication own(long id, Account student) {
        return em.createQuery("select a from MobilityApplication a where a.id = :id and a.student = :student",
                        MobilityApplication.class)
                .setParameter("id", id).setParameter("student", student)
                .getResultStream().findFirst().orElseThrow(NotFoundException::new);
    }

    private MobilityApplication ownEditable(long id, Account student, Long version) {
        MobilityApplication application = own(id, student);
        if (!application.getStatus().editableByStudent()) {
            throw new BusinessException("application.notEditable");
        }
        checkVersion(application, version);
        return application;
    }

    private MobilityApplication forStaff(long id, Account staff) {
        if (!isStaff(staff)) {
            throw new NotFoundException();
        }
        return findVisibleTo(id, staff).orElseThrow(NotFoundException::new);
    }

    private MobilityApplication forDecision(long id, Account staff, Long seenVersion) {
        MobilityApplication application = forStaff(id, staff);
        checkVersion(application, seenVersion);
        return application;
    }

    /** Someone saved the file since {@code seenVersion} was shown: refuse, their change stands. */
    private static void checkVersion(MobilityApplication application, Long seenVersion) {
        if (seenVersion != null && seenVersion != application.getVersion()) {
            throw new ConcurrentModificationException();
        }
    }

    /**
     * Writes now, inside the transaction: a change committed by someone else between our read and
     * this write (the version no longer matches) becomes the same "modified by someone else" message
     * as a stale page, never an error page — and their change is kept.
     */
    private void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentModificationException();
        }
    }

    /** By id: the same person may arrive as two entity instances loaded in different requests. */
    private static boolean isOwner(MobilityApplication application, Account account) {
        return application.getStudent().getId().equals(account.getId());
    }

    /** Staff: an enabled coordinator (a disabled account sees nothing, even in an open session). */
    private static boolean isStaff(Account account) {
        return RoleGuard.allows(account, Role.COORDINATOR);
    }

    /** A coordinator sees the files of the students of the campuses in their scope only. */
    private static boolean inScope(MobilityApplication application, Account staff) {
        return isStaff(staff) && CampusScope.of(staff).allows(campusOf(application));
    }

    private static String campusOf(MobilityApplication application) {
        return application.getStudent().getCampus() == null ? null : application.getStudent().getCampus().getCode();
    }

    /**
     * Replaces the content. Each wish that names a directory host must name an active one; the
     * refusal goes next to that wish's host field.
     */
    private void replaceContent(MobilityApplication application, ApplicationForm form) {
        Map<Long, String> countries = new java.util.HashMap<>();
        List<WishForm> wishes = form.getWishes();
        for (int i = 0; i < wishes.size(); i++) {
            Long hostId = wishes.get(i).getHostId();
            if (hostId != null && !countries.containsKey(hostId)) {
                String field = "wish" + (i + 1) + "Host";
                countries.put(hostId, hosts.findActive(hostId).map(h -> h.getCountry().getCode())
                        .orElseThrow(() -> new BusinessException(field, "application.wish.unknownHost")));
            }
        }
        application.replaceContent(form, countries::get);
    }

    private Set<DocumentKind> documentKinds(MobilityApplication application) {
        Set<DocumentKind> kinds = EnumSet.noneOf(DocumentKind.class);
        documents(application).forEach(d -> kinds.add(d.kind()));
        return kinds;
    }

    private static String required(String text, String field, String key) {
        if (text == null || text.isBlank()) {
            throw new BusinessException(field, key);
        }
        return text.strip();
    }

    private static String safeFileName(String name, DocumentKind kind) {
        return SafeFileName.of(name, FileType.PDF, kind.name().toLowerCase());
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Instant now() {
        return Instant.now(clock);
    }

    private static Actor actorOf(Account account) {
        return new Actor(account.getId(), account.getEmail());
    }

    /** Country reference, for pages. */
    public Optional<Country> country(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(Country.class, code));
    }
}
