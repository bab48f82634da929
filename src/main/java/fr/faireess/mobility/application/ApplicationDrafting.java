package fr.faireess.mobility.application;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import fr.faireess.mobility.application.ApplicationStatus.By;
import fr.faireess.mobility.call.CallService;
import fr.faireess.mobility.call.MobilityCall;
import fr.faireess.mobility.host.HostDirectory;
import fr.faireess.mobility.platform.files.FileType;
import fr.faireess.mobility.platform.files.SafeFileName;
import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.platform.security.Role;
import fr.faireess.mobility.platform.security.RoleGuard;
import fr.faireess.mobility.platform.audit.AuditLog;
import fr.faireess.mobility.platform.error.BusinessException;
import fr.faireess.mobility.platform.error.NotFoundException;
import fr.faireess.mobility.platform.files.StoredFile;

/**
 * The student's side of an application: opening a draft for a call (eligibility and the module
 * gate), saving what they typed and the PDFs they chose (all or nothing), submitting before the
 * deadline, withdrawing with a reason. Students act on their own files only; every status change
 * goes through {@link ApplicationService#move} (audited and announced).
 */
@ApplicationScoped
public class ApplicationDrafting {

    @PersistenceContext
    private EntityManager em;

    @Inject private ApplicationService applications;
    @Inject private CallService calls;
    @Inject private AuditLog audit;
    @Inject private Clock clock;
    @Inject private ModuleGate moduleGate;
    @Inject private HostDirectory hosts;

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
        MobilityApplication application = new MobilityApplication(call, student, Instant.now(clock));
        em.persist(application);
        em.flush();
        audit.record(student.actor(), "APPLICATION_CREATED", ApplicationService.AUDIT_SUBJECT, application.getId(), null,
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
        applications.flush();
        return application;
    }

    /** Saves and submits: complete, and before the call closes. */
    @Transactional
    public MobilityApplication submit(long id, Account student, ApplicationForm form, List<Upload> uploads) {
        RoleGuard.require(student, Role.STUDENT);
        MobilityApplication application = ownEditable(id, student, form.getVersion());
        if (!application.getCall().isOpen(Instant.now(clock))) {
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
        applications.move(application, ApplicationStatus.SUBMITTED, By.STUDENT, student, null);
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
            document.replace(safeFileName(upload.fileName(), upload.kind()), upload.content(), StoredFile.sha256Of(upload.content()), Instant.now(clock));
            if (document.getId() == null) {
                em.persist(document);
            }
            audit.record(student.actor(), "DOCUMENT_UPLOADED", ApplicationService.AUDIT_SUBJECT, application.getId(), null, null,
                    upload.kind().name());
        }
    }

    @Transactional
    public MobilityApplication withdraw(long id, Account student, String reason) {
        RoleGuard.require(student, Role.STUDENT);
        MobilityApplication application = own(id, student);
        String text = ApplicationService.required(reason, "withdrawReason", "application.withdraw.reasonRequired");
        application.withdrawBecause(text);
        applications.move(application, ApplicationStatus.WITHDRAWN, By.STUDENT, student, text);
        return application;
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
        ApplicationService.checkVersion(application, version);
        return application;
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
        applications.documents(application).forEach(d -> kinds.add(d.kind()));
        return kinds;
    }

    private static String safeFileName(String name, DocumentKind kind) {
        return SafeFileName.of(name, FileType.PDF, kind.name().toLowerCase());
    }
}
