package fr.faireess.mobility.testimony;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
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
import jakarta.transaction.Transactional;

import fr.faireess.mobility.application.ApplicationService;
import fr.faireess.mobility.application.ApplicationStatus;
import fr.faireess.mobility.placement.Placement;
import fr.faireess.mobility.placement.PlacementService;
import fr.faireess.mobility.placement.PlacementState;
import fr.faireess.mobility.application.ApplicationWish;
import fr.faireess.mobility.application.MobilityApplication;
import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.identity.AccountService;
import fr.faireess.mobility.identity.CampusScope;
import fr.faireess.mobility.platform.security.Role;
import fr.faireess.mobility.platform.security.RoleGuard;
import fr.faireess.mobility.platform.audit.AuditEntry;
import fr.faireess.mobility.platform.audit.AuditLog;
import fr.faireess.mobility.platform.audit.AuditLog.Actor;
import fr.faireess.mobility.platform.config.SchoolTime;
import fr.faireess.mobility.platform.error.BusinessException;
import fr.faireess.mobility.platform.error.ConcurrentModificationException;
import fr.faireess.mobility.platform.error.NotFoundException;
import fr.faireess.mobility.testimony.TestimonyEligibility.MobilityFacts;
import fr.faireess.mobility.testimony.TestimonyEligibility.Stage;
import fr.faireess.mobility.testimony.TestimonyStatus.By;

/**
 * Testimonies from the student's draft to publication. Reads take the person asking: authors (the
 * owner and co-authors) see their own testimonies, coordinators every submitted one whose owner is
 * of a campus they see ({@link CampusScope}; another campus's is as absent as a guessed id). Writes check
 * the actor's role first ({@link RoleGuard}: students write, coordinators moderate), then
 * authorship. Every status change goes through {@link Testimony#moveTo}, is audited (subject
 * {@value #AUDIT_SUBJECT}) and announced ({@link TestimonyChanged}, which e-mails the people
 * concerned) in the same transaction, and refusals are thrown before anything is written.
 */
@ApplicationScoped
public class TestimonyService {

    public static final String AUDIT_SUBJECT = "TESTIMONY";

    @PersistenceContext
    private EntityManager em;

    @Inject private ApplicationService applications;
    @Inject private PlacementService placements;
    @Inject private AccountService accounts;
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
    private Map<Long, Placement> placementsByApplication(Account student) {
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

    // ================================================================ authors

    /** Creates a draft about one of the student's mobilities, with its content and optional file. */
    @Transactional
    public Testimony create(TestimonyForm form, Account student, FileUpload file) {
        RoleGuard.require(student, Role.STUDENT);
        MobilityApplication mobility = ownMobility(form.getApplicationId(), student);
        TestimonyCheck.draftProblem(form).ifPresent(e -> {
            throw e;
        });
        checkFile(file);
        Set<Account> coAuthors = coAuthors(form, student);
        Testimony testimony = derivedFrom(mobility, placementsByApplication(student).get(mobility.getId()), student);
        testimony.replaceContent(form, coAuthors, now());
        em.persist(testimony);
        em.flush();
        refreshConsentWindow(testimony);
        attach(testimony, file);
        audit.record(actorOf(student), "TESTIMONY_CREATED", AUDIT_SUBJECT, testimony.getId(), null,
                TestimonyStatus.DRAFT.name(), null);
        return testimony;
    }

    /**
     * Country, host, programme and year come from the mobility, never typed: from the placement when
     * there is one (where the student really went), else from the first wish of the selected
     * application; the programme is the student's.
     */
    private Testimony derivedFrom(MobilityApplication mobility, Placement placement, Account student) {
        String programme = student.getProgramme() == null ? null : student.getProgramme().getCode();
        if (placement != null && placement.getState() != PlacementState.CANCELLED) {
            LocalDate start = placement.getActualStart() != null ? placement.getActualStart() : placement.getPlannedStart();
            return new Testimony(mobility, student, placement.getHost().getCountry().getCode(), placement.getHost().getId(),
                    programme, start == null ? null : start.getYear(), now());
        }
        Optional<ApplicationWish> first = mobility.getWishes().stream().findFirst();
        return new Testimony(mobility, student,
                first.map(ApplicationWish::getCountryCode).orElse(mobility.getFirstCountryCode()),
                first.map(ApplicationWish::getHostId).orElse(null),
                programme, mobility.getStartOn() == null ? null : mobility.getStartOn().getYear(), now());
    }

    /** Creates and submits at once, all or nothing: an incomplete testimony is not even saved. */
    @Transactional
    public Testimony submitNew(TestimonyForm form, Account student, FileUpload file) {
        RoleGuard.require(student, Role.STUDENT);
        ownMobility(form.getApplicationId(), student);
        checkFile(file);
        TestimonyCheck.submitProblem(form, file != null && !file.isEmpty()).ifPresent(e -> {
            throw e;
        });
        Testimony testimony = create(form, student, file);
        move(testimony, TestimonyStatus.SUBMITTED, By.STUDENT, actorOf(student), null);
        return testimony;
    }

    /** Saves what the owner typed (and the file), while the testimony is theirs to edit. */
    @Transactional
    public Testimony saveDraft(long id, Account student, TestimonyForm form, FileUpload file) {
        RoleGuard.require(student, Role.STUDENT);
        Testimony testimony = ownEditable(id, student, form.getVersion());
        TestimonyCheck.draftProblem(form).ifPresent(e -> {
            throw e;
        });
        checkFile(file);
        testimony.replaceContent(form, coAuthors(form, student), now());
        refreshConsentWindow(testimony);
        attach(testimony, file);
        em.flush();
        return testimony;
    }

    /** Saves and submits to the coordinator: complete (summary, language, a link or a file). */
    @Transactional
    public Testimony submit(long id, Account student, TestimonyForm form, FileUpload file) {
        RoleGuard.require(student, Role.STUDENT);
        Testimony testimony = ownEditable(id, student, form.getVersion());
        checkFile(file);
        boolean hasFile = (file != null && !file.isEmpty()) || fileOf(testimony).isPresent();
        TestimonyCheck.submitProblem(form, hasFile).ifPresent(e -> {
            throw e;
        });
        testimony.replaceContent(form, coAuthors(form, student), now());
        refreshConsentWindow(testimony);
        attach(testimony, file);
        move(testimony, TestimonyStatus.SUBMITTED, By.STUDENT, actorOf(student), null);
        return testimony;
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

    @Transactional
    public Testimony requestChanges(long id, Account coordinator, String message) {
        RoleGuard.require(coordinator, Role.COORDINATOR);
        Testimony testimony = forStaff(id, coordinator);
        String text = required(message, "testimony.comment.required");
        refuseUnlessAllowed(testimony, TestimonyStatus.CHANGES_REQUESTED);
        decide(testimony, TestimonyStatus.CHANGES_REQUESTED, coordinator, text);
        return testimony;
    }

    @Transactional
    public Testimony approve(long id, Account coordinator, String message) {
        RoleGuard.require(coordinator, Role.COORDINATOR);
        Testimony testimony = forStaff(id, coordinator);
        refuseUnlessAllowed(testimony, TestimonyStatus.APPROVED);
        decide(testimony, TestimonyStatus.APPROVED, coordinator, optional(message));
        return testimony;
    }

    /**
     * Publishes on the showcase: approved (or unpublished) and every required consent valid today —
     * present, for the web, not withdrawn, not ended. The testimony then stays on the showcase until
     * the earliest end among them.
     */
    @Transactional
    public Testimony publish(long id, Account coordinator, String message) {
        RoleGuard.require(coordinator, Role.COORDINATOR);
        Testimony testimony = forStaff(id, coordinator);
        refuseUnlessAllowed(testimony, TestimonyStatus.PUBLISHED);
        ConsentRule.missingForWeb(authors(testimony), consentFacts(testimony), today()).ifPresent(missing -> {
            throw new BusinessException(null, missing.messageKey(), missing.person());
        });
        refreshConsentWindow(testimony);
        decide(testimony, TestimonyStatus.PUBLISHED, coordinator, optional(message));
        return testimony;
    }

    @Transactional
    public Testimony unpublish(long id, Account coordinator, String message) {
        RoleGuard.require(coordinator, Role.COORDINATOR);
        Testimony testimony = forStaff(id, coordinator);
        refuseUnlessAllowed(testimony, TestimonyStatus.UNPUBLISHED);
        decide(testimony, TestimonyStatus.UNPUBLISHED, coordinator, optional(message));
        return testimony;
    }

    /** A coordinator's move, with their message (if any) added to the thread the student reads. */
    private void decide(Testimony testimony, TestimonyStatus target, Account coordinator, String message) {
        if (message != null) {
            em.persist(new TestimonyComment(testimony, coordinator, message, now()));
        }
        move(testimony, target, By.COORDINATOR, actorOf(coordinator), message);
    }

    /** A testimony the system took off the showcase for a consent, for the coordinators' home. */
    public record TakenOff(Testimony testimony, TestimonyChanged.Reason reason, String person, Instant at) {
    }

    /**
     * The testimonies the system unpublished for a consent (withdrawn or ended) in the last {@code days}
     * days and that are still off the showcase, newest first: the coordinators' note to act on them.
     */
    public List<TakenOff> takenOffForConsent(Account coordinator, int days) {
        RoleGuard.require(coordinator, Role.COORDINATOR);
        CampusScope scope = CampusScope.of(coordinator);
        List<AuditEntry> entries = em.createQuery("""
                        select e from AuditEntry e
                        where e.subjectType = :subject and e.action = 'TESTIMONY_UNPUBLISHED'
                          and e.detail like 'CONSENT_%' and e.occurredAt >= :since
                        order by e.occurredAt desc, e.id desc""", AuditEntry.class)
                .setParameter("subject", AUDIT_SUBJECT)
                .setParameter("since", now().minus(Duration.ofDays(days)))
                .getResultList();
        Map<Long, TakenOff> latest = new LinkedHashMap<>();
        for (AuditEntry entry : entries) {
            long id = Long.parseLong(entry.getSubjectId());
            String[] detail = entry.getDetail().split(": ", 2);
            Optional<TestimonyChanged.Reason> reason = Arrays.stream(TestimonyChanged.Reason.values())
                    .filter(r -> r.auditDetail().equals(detail[0])).findFirst();
            Testimony testimony = em.find(Testimony.class, id);
            if (reason.isPresent() && !latest.containsKey(id) && testimony != null
                    && testimony.getStatus() == TestimonyStatus.UNPUBLISHED && scope.allows(campusOf(testimony))) {
                latest.put(id, new TakenOff(testimony, reason.get(), detail.length > 1 ? detail[1] : "", entry.getOccurredAt()));
            }
        }
        return List.copyOf(latest.values());
    }

    /** What stands between this testimony and publication as far as consent goes (for pages). */
    public Optional<ConsentRule.Missing> missingConsent(Testimony testimony) {
        return ConsentRule.missingForWeb(authors(testimony), consentFacts(testimony), today());
    }

    // ================================================================ both

    public List<TestimonyComment> comments(Testimony testimony) {
        return em.createQuery("""
                        select c from TestimonyComment c join fetch c.author
                        where c.testimony = :t order by c.createdAt, c.id""", TestimonyComment.class)
                .setParameter("t", testimony).getResultList();
    }

    public Optional<FileInfo> fileOf(Testimony testimony) {
        return em.createQuery("""
                        select new fr.faireess.mobility.testimony.FileInfo(f.id, f.file.fileName, f.contentType, f.file.sizeBytes, f.file.uploadedAt)
                        from TestimonyFile f where f.testimony = :t""", FileInfo.class)
                .setParameter("t", testimony).getResultStream().findFirst();
    }

    /** The testimony's file for one of its authors or a coordinator. */
    public Optional<FileDownload> download(long testimonyId, Account viewer) {
        Optional<Testimony> testimony = findForAuthor(testimonyId, viewer).or(() -> findForStaff(testimonyId, viewer));
        return testimony.flatMap(this::fileContent);
    }

    Optional<FileDownload> fileContent(Testimony testimony) {
        return em.createQuery("select f from TestimonyFile f where f.testimony = :t", TestimonyFile.class)
                .setParameter("t", testimony).getResultStream().findFirst()
                .map(f -> new FileDownload(f.getFileName(), f.getContentType(), f.content()));
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
        TestimonyStatus from = testimony.moveTo(target, by, now());
        em.flush();
        audit.record(actor, "TESTIMONY_" + target.name(), AUDIT_SUBJECT, testimony.getId(), from.name(),
                target.name(), comment);
        changed.fire(new TestimonyChanged(testimony.getId(), from, target, by, comment, null, null));
    }

    /**
     * The system takes a published testimony off the showcase because {@code person}'s consent no
     * longer allows the web; the audit says why ("CONSENT_EXPIRED: name") and the mails who.
     */
    void unpublishForConsent(Testimony testimony, Actor actor, String person, TestimonyChanged.Reason reason) {
        TestimonyStatus from = testimony.moveTo(TestimonyStatus.UNPUBLISHED, By.SYSTEM, now());
        em.flush();
        audit.record(actor, "TESTIMONY_UNPUBLISHED", AUDIT_SUBJECT, testimony.getId(), from.name(),
                TestimonyStatus.UNPUBLISHED.name(), reason.auditDetail() + ": " + person);
        changed.fire(new TestimonyChanged(testimony.getId(), from, TestimonyStatus.UNPUBLISHED, By.SYSTEM, null, reason, person));
    }

    /**
     * After any change of its consents or authors: recomputes until when the testimony may stay on
     * the web, and takes a published testimony off the showcase at once when a consent it needs is
     * no longer valid (withdrawn, narrowed to other media, or ended).
     */
    void consentsChanged(Testimony testimony, Actor actor, TestimonyChanged.Reason reason) {
        Optional<ConsentRule.Missing> missing = refreshConsentWindow(testimony);
        if (missing.isPresent() && testimony.getStatus() == TestimonyStatus.PUBLISHED) {
            unpublishForConsent(testimony, actor, missing.get().person(), reason);
        }
    }

    /** Stores until when the consents the web needs are valid; returns who is missing, if anyone. */
    Optional<ConsentRule.Missing> refreshConsentWindow(Testimony testimony) {
        return refreshConsentWindow(testimony, today());
    }

    Optional<ConsentRule.Missing> refreshConsentWindow(Testimony testimony, LocalDate today) {
        List<ConsentRule.Author> authors = authors(testimony);
        List<ConsentRule.Consent> facts = consentFacts(testimony);
        testimony.consentWindow(ConsentRule.webValidUntil(authors, facts, today).orElse(null));
        return ConsentRule.missingForWeb(authors, facts, today);
    }

    List<ConsentRule.Consent> consentFacts(Testimony testimony) {
        return em.createQuery("select c from TestimonyConsent c where c.testimony = :t order by c.recordedAt, c.id", TestimonyConsent.class)
                .setParameter("t", testimony).getResultList().stream().map(TestimonyConsent::facts).toList();
    }

    private static void refuseUnlessAllowed(Testimony testimony, TestimonyStatus target) {
        if (!testimony.getStatus().canMoveTo(target, By.COORDINATOR)) {
            throw new BusinessException("testimony.move.notAllowed");
        }
    }

    private MobilityApplication ownMobility(Long applicationId, Account student) {
        if (applicationId == null) {
            throw new BusinessException("mobility", "testimony.mobility.required");
        }
        return mobilitiesOf(student).stream().filter(a -> a.getId().equals(applicationId)).findFirst()
                .orElseThrow(() -> new BusinessException("mobility", "testimony.mobility.notEligible"));
    }

    private Testimony ownEditable(long id, Account student, Long version) {
        Testimony testimony = em.createQuery("select t from Testimony t where t.id = :id and t.student = :s", Testimony.class)
                .setParameter("id", id).setParameter("s", student)
                .getResultStream().findFirst().orElseThrow(NotFoundException::new);
        if (!testimony.getStatus().editableByStudent()) {
            throw new BusinessException("testimony.notEditable");
        }
        if (version != null && version != testimony.getVersion()) {
            throw new ConcurrentModificationException();
        }
        return testimony;
    }

    private Testimony forStaff(long id, Account staff) {
        return findForStaff(id, staff).orElseThrow(NotFoundException::new);
    }

    /**
     * Co-authors are other students who went on a mobility themselves (one they could write about),
     * found by their e-mail address. One answer for every refusal — no such address, not a student,
     * no mobility — so that the form tells nobody which addresses are students' accounts.
     */
    private Set<Account> coAuthors(TestimonyForm form, Account owner) {
        Set<Account> found = new LinkedHashSet<>();
        for (String email : TestimonyCheck.coAuthorEmails(form.getCoAuthors())) {
            Account account = accounts.findByEmail(email)
                    .filter(a -> a.hasRole(Role.STUDENT))
                    .filter(a -> a.getId().equals(owner.getId()) || !mobilitiesOf(a).isEmpty())
                    .orElseThrow(() -> new BusinessException("coAuthors", "testimony.coAuthors.notEligible", email));
            if (!account.getId().equals(owner.getId())) {
                found.add(account);
            }
        }
        if (found.size() > 10) {
            throw new BusinessException("coAuthors", "testimony.coAuthors.tooMany", 10);
        }
        return found;
    }

    private static void checkFile(FileUpload file) {
        if (file == null || file.isEmpty()) {
            return;
        }
        FileRule.refusal(file.content()).ifPresent(key -> {
            throw new BusinessException("file", key, FileRule.MAX_MEGABYTES);
        });
    }

    private void attach(Testimony testimony, FileUpload file) {
        if (file == null || file.isEmpty()) {
            return;
        }
        FileRule.Kind kind = FileRule.detect(file.content()).orElseThrow();
        TestimonyFile stored = em.createQuery("select f from TestimonyFile f where f.testimony = :t", TestimonyFile.class)
                .setParameter("t", testimony).getResultStream().findFirst()
                .orElseGet(() -> new TestimonyFile(testimony));
        stored.replace(FileRule.safeName(file.fileName(), kind), kind.contentType(), file.content(),
                sha256(file.content()), now());
        if (stored.getId() == null) {
            em.persist(stored);
        }
        audit.record(new Actor(testimony.getStudent().getId(), testimony.getStudent().getEmail()), "TESTIMONY_FILE_UPLOADED",
                AUDIT_SUBJECT, testimony.getId(), null, null, stored.getFileName());
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String required(String text, String key) {
        if (text == null || text.isBlank()) {
            throw new BusinessException("message", key);
        }
        if (text.strip().length() > TestimonyComment.MAX_LENGTH) {
            throw new BusinessException("message", "field.tooLong");
        }
        return text.strip();
    }

    private static String optional(String text) {
        return text == null || text.isBlank() ? null : required(text, "testimony.comment.required");
    }

    static boolean isStaff(Account account) {
        return account != null && account.hasRole(Role.COORDINATOR);
    }

    /** A testimony belongs to its owner's campus (co-authors do not widen who moderates it). */
    static String campusOf(Testimony testimony) {
        return testimony.getStudent().getCampus() == null ? null : testimony.getStudent().getCampus().getCode();
    }

    private Instant now() {
        return Instant.now(clock);
    }

    LocalDate today() {
        return SchoolTime.toLocal(now()).toLocalDate();
    }

    static Actor actorOf(Account account) {
        return new Actor(account.getId(), account.getEmail());
    }
}
