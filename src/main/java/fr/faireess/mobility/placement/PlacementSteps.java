package fr.faireess.mobility.placement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import fr.faireess.mobility.application.PdfRule;
import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.platform.security.Role;
import fr.faireess.mobility.platform.security.RoleGuard;
import fr.faireess.mobility.platform.audit.AuditLog;
import fr.faireess.mobility.platform.audit.AuditLog.Actor;
import fr.faireess.mobility.platform.config.SchoolTime;
import fr.faireess.mobility.platform.error.BusinessException;
import fr.faireess.mobility.platform.error.FieldLimits;
import fr.faireess.mobility.platform.error.NotFoundException;

/**
 * What a placement goes through before and after the stay: the pre-departure checklist's ticks (the
 * student's own items, the coordinator's convention) and the traineeship certificate (Table D),
 * typed or scanned by the coordinator or given by the mentor through a link. Audited in the
 * placement's history.
 */
@ApplicationScoped
public class PlacementSteps {

    @PersistenceContext
    private EntityManager em;

    @Inject private PlacementService placements;
    @Inject private AuditLog audit;
    @Inject private Clock clock;

    /**
     * Ticks (or unticks, with {@code done} false) a checklist item: the student their own ones on
     * their own placement, the coordinator the convention.
     */
    @Transactional
    public Placement tick(long id, ChecklistItem item, boolean done, Account actor) {
        RoleGuard.require(actor, item.isTickedByStudent() ? Role.STUDENT : Role.COORDINATOR);
        Placement placement = placements.findVisibleTo(id, actor).orElseThrow(NotFoundException::new);
        if (item.isTickedByStudent() && !placement.getStudent().getId().equals(actor.getId())) {
            throw new BusinessException("placement.checklist.notYours");
        }
        if (placement.getState().isFinal()) {
            throw new BusinessException("placement.closed");
        }
        LocalDate today = LocalDate.now(clock.withZone(SchoolTime.ZONE));
        placement.tick(item, done ? today : null);
        em.flush();
        audit.record(actor.actor(), done ? "CHECKLIST_DONE" : "CHECKLIST_UNDONE", PlacementService.AUDIT_SUBJECT, id, null, null, item.name());
        return placement;
    }

    /**
     * Records the traineeship certificate (Table D) typed or scanned by the coordinator. Its actual
     * dates must make a valid period (the cycle total is re-checked with them).
     */
    @Transactional
    public Placement recordCertificate(long id, CertificateForm form, Scan scan, Account coordinator) {
        RoleGuard.require(coordinator, Role.COORDINATOR);
        Placement placement = placements.forCoordinator(id, coordinator);
        if (scan != null && scan.isPresent()) {
            PdfRule.refusal(scan.content()).ifPresent(key -> {
                throw new BusinessException("certificateScan", key, PdfRule.MAX_BYTES / (1024 * 1024));
            });
        }
        String signer = form.getSignerName() == null || form.getSignerName().isBlank()
                ? coordinator.getFullName() : form.getSignerName().strip();
        certify(placement, form, signer, coordinator.actor(), "CERTIFICATE_RECORDED");
        if (scan != null && scan.isPresent()) {
            em.persist(new PlacementDocument(placement, null, PlacementDocumentKind.CERTIFICATE_SCAN,
                    PlacementService.safeFileName(scan.fileName()), scan.content(), Instant.now(clock)));
        }
        return placement;
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
            throw new BusinessException("actualEnd", "placement.certificate.interruptedEnd", placement.getStoppedOn().format(PlacementNotifications.DAY_FR));
        }
        PlacementDuration.refusal(form.getActualStart(), form.getActualEnd(),
                placements.otherCycleDays(placement.getStudent(), placement.getId()), placements.stayOf(placement), "actualStart", "actualEnd")
                .ifPresent(e -> {
                    throw e;
                });
        for (String[] text : new String[][] {{"tasks", form.getTasks()}, {"outcomes", form.getOutcomes()},
                {"evaluation", form.getEvaluation()}}) {
            if (text[1] == null || text[1].isBlank()) {
                throw new BusinessException(text[0], "placement.certificate.required");
            }
        }
        // The texts' size is the form's limit (@Size on CertificateForm); the signer may come from elsewhere.
        FieldLimits.check(form);
        if (signer.length() > 200) {
            throw new BusinessException("signerName", "field.tooLong");
        }
        placement.recordCertificate(form.getActualStart(), form.getActualEnd(), form.getTasks().strip(),
                form.getOutcomes().strip(), form.getEvaluation().strip(), signer, Instant.now(clock));
        em.flush();
        audit.record(actor, action, PlacementService.AUDIT_SUBJECT, placement.getId(), null, null,
                signer + " : " + form.getActualStart() + " → " + form.getActualEnd());
    }
}
