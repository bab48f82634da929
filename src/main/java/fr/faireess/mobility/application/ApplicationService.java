package fr.faireess.mobility.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import fr.faireess.mobility.application.ApplicationStatus.By;
import fr.faireess.mobility.host.HostDirectory;
import fr.faireess.mobility.host.HostOrganisation;
import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.identity.CampusScope;
import fr.faireess.mobility.platform.security.Role;
import fr.faireess.mobility.platform.security.RoleGuard;
import fr.faireess.mobility.platform.audit.AuditEntry;
import fr.faireess.mobility.platform.audit.AuditLog;
import fr.faireess.mobility.platform.error.BusinessException;
import fr.faireess.mobility.platform.error.ConcurrentModificationException;
import fr.faireess.mobility.platform.error.NotFoundException;
import fr.faireess.mobility.reference.Country;

/**
 * Applications as each person may read them: a student their own files; a coordinator the
 * submitted files of students of the campuses they see ({@link CampusScope} — another campus's file
 * is as absent as a guessed id). The file's thread, documents (each staff read audited), timeline
 * and host labels; the one status move every writer uses ({@link #move}: {@link
 * MobilityApplication#moveTo}, audited and announced in the same transaction). The writers:
 * {@link ApplicationDrafting} (the student's draft, submission, withdrawal), {@link ApplicationReview}
 * (the coordinator's decisions); the lists: {@link ApplicationQueries}. Each method that acts for
 * someone checks their role first ({@link RoleGuard}).
 */
@ApplicationScoped
public class ApplicationService {

    public static final String AUDIT_SUBJECT = "APPLICATION";

    @PersistenceContext
    private EntityManager em;

    @Inject private AuditLog audit;
    @Inject private Clock clock;
    @Inject private HostDirectory hosts;
    @Inject private Event<ApplicationChanged> changed;

    public List<MobilityApplication> ofStudent(Account student) {
        return em.createQuery("""
                        select a from MobilityApplication a join fetch a.call
                        where a.student = :student order by a.createdAt desc""", MobilityApplication.class)
                .setParameter("student", student).getResultList();
    }

    public ApplicationForm formOf(MobilityApplication application) {
        return application.toForm();
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
        ApplicationComment comment = new ApplicationComment(application, author, text, Instant.now(clock));
        em.persist(comment);
        audit.record(author.actor(), "APPLICATION_COMMENTED", AUDIT_SUBJECT, id, null, null, null);
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
                audit.record(viewer.actor(), "DOCUMENT_READ", AUDIT_SUBJECT, d.getApplication().getId(), null, null,
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

    /** The one status move: {@link MobilityApplication#moveTo}, written, audited and announced. */
    void move(MobilityApplication application, ApplicationStatus target, By by, Account actor, String comment) {
        ApplicationStatus from = application.moveTo(target, by, Instant.now(clock));
        flush();
        audit.record(actor.actor(), "APPLICATION_" + target.name(), AUDIT_SUBJECT, application.getId(), from.name(),
                target.name(), comment);
        changed.fire(new ApplicationChanged(application.getId(), from, target, comment, ApplicationChanged.Kind.STATUS));
    }

    /** Someone saved the file since {@code seenVersion} was shown: refuse, their change stands. */
    static void checkVersion(MobilityApplication application, Long seenVersion) {
        if (seenVersion != null && seenVersion != application.getVersion()) {
            throw new ConcurrentModificationException();
        }
    }

    /**
     * Writes now, inside the transaction: a change committed by someone else between our read and
     * this write (the version no longer matches) becomes the same "modified by someone else" message
     * as a stale page, never an error page — and their change is kept.
     */
    void flush() {
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
    static boolean isStaff(Account account) {
        return RoleGuard.allows(account, Role.COORDINATOR);
    }

    /** A coordinator sees the files of the students of the campuses in their scope only. */
    private static boolean inScope(MobilityApplication application, Account staff) {
        return CampusScope.reaches(staff, application.getStudent(), Role.COORDINATOR);
    }

    static String campusOf(MobilityApplication application) {
        return CampusScope.campusOf(application.getStudent());
    }

    static String required(String text, String field, String key) {
        if (text == null || text.isBlank()) {
            throw new BusinessException(field, key);
        }
        return text.strip();
    }

    /** Country reference, for pages. */
    public Optional<Country> country(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(Country.class, code));
    }
}
