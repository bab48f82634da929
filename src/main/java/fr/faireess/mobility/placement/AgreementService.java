package fr.faireess.mobility.placement;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import fr.faireess.mobility.application.PdfRule;
import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.identity.ParticipantDataRule;
import fr.faireess.mobility.platform.security.Role;
import fr.faireess.mobility.platform.security.RoleGuard;
import fr.faireess.mobility.placement.LearningAgreement.MentorMode;
import fr.faireess.mobility.platform.audit.AuditLog;
import fr.faireess.mobility.platform.audit.AuditLog.Actor;
import fr.faireess.mobility.platform.config.SchoolTime;
import fr.faireess.mobility.platform.error.BusinessException;
import fr.faireess.mobility.platform.error.ConcurrentModificationException;
import fr.faireess.mobility.platform.error.NotFoundException;
import fr.faireess.mobility.platform.security.SecretToken;

/**
 * The Learning Agreement for Traineeships of a placement: versions, signatures, the mentor's
 * personal links and Table D through a link. A version is edited by the coordinator until its first
 * signature, then frozen ({@link LearningAgreement#update} refuses); a change after that is an
 * amendment, a new version that all three parties sign again. The student and the coordinator sign
 * in the application; the mentor through a single-use link e-mailed to them (only its hash is
 * stored) or by a scanned signed copy the coordinator uploads. Everything is audited on the
 * placement, staff reads of its PDFs included. Coordinator methods check the COORDINATOR role, then
 * that the placement's student is of a campus the coordinator sees (else: not found), and the
 * student's signature the STUDENT role (and ownership) first ({@link RoleGuard}); the mentor's
 * methods have no account and rest on the link alone.
 */
@ApplicationScoped
public class AgreementService {

    /** How long a mentor's link works. */
    public static final Duration LINK_VALIDITY = Duration.ofDays(30);

    @PersistenceContext
    private EntityManager em;

    @Inject private PlacementService placements;
    @Inject private PlacementSteps placementSteps;
    @Inject private AuditLog audit;
    @Inject private Clock clock;
    @Inject private Event<MentorLinkIssued> linkIssued;


    // ================================================================ reads

    /** Every version of the placement's agreement, the latest first. */
    public List<LearningAgreement> versions(Placement placement) {
        return em.createQuery("select a from LearningAgreement a where a.placement = :p order by a.number desc",
                LearningAgreement.class).setParameter("p", placement).getResultList();
    }

    public LearningAgreement current(Placement placement) {
        return placements.currentAgreement(placement);
    }

    /** A version, only for someone who may see its placement. */
    public Optional<LearningAgreement> findVisibleTo(long agreementId, Account viewer) {
        return Optional.ofNullable(em.find(LearningAgreement.class, agreementId))
                .filter(a -> placements.findVisibleTo(a.getPlacement().getId(), viewer).isPresent());
    }

    /** Scanned documents of the placement (metadata; content is read through {@link #scan}). */
    public List<PlacementDocument> documents(Placement placement) {
        return em.createQuery("select d from PlacementDocument d where d.placement = :p order by d.file.uploadedAt",
                PlacementDocument.class).setParameter("p", placement).getResultList();
    }

    public Optional<PlacementDocument> scan(long documentId, Account viewer) {
        return Optional.ofNullable(em.find(PlacementDocument.class, documentId))
                .filter(d -> placements.findVisibleTo(d.getPlacement().getId(), viewer).isPresent());
    }

    /** The PDF of an agreement version, for someone who may see its placement; a staff read is audited. */
    @Transactional
    public Optional<PlacementFile> agreementPdf(long agreementId, Account viewer) {
        return findVisibleTo(agreementId, viewer).map(a -> read(a.getPlacement(), viewer, new PlacementFile(
                "contrat-pedagogique-" + a.getPlacement().getId() + "-v" + a.getNumber() + ".pdf",
                PlacementPdf.agreement(a.getPlacement(), a, previousOf(a), Instant.now(clock)))));
    }

    /** The version an amendment changes (its Table A2 lists the differences); none for the first. */
    LearningAgreement previousOf(LearningAgreement agreement) {
        return em.createQuery("select a from LearningAgreement a where a.placement = :p and a.number = :n",
                        LearningAgreement.class).setParameter("p", agreement.getPlacement())
                .setParameter("n", agreement.getNumber() - 1).getResultStream().findFirst().orElse(null);
    }

    /** The convention de stage data sheet of a placement, for someone who may see it; a staff read is audited. */
    @Transactional
    public Optional<PlacementFile> conventionPdf(long placementId, Account viewer) {
        return placements.findVisibleTo(placementId, viewer).map(p -> read(p, viewer, new PlacementFile(
                "convention-de-stage-" + p.getId() + ".pdf", PlacementPdf.convention(p, current(p), Instant.now(clock)))));
    }

    /** A scanned document's bytes, for someone who may see its placement; a staff read is audited. */
    @Transactional
    public Optional<PlacementFile> scanFile(long documentId, Account viewer) {
        return scan(documentId, viewer).map(d -> read(d.getPlacement(), viewer, new PlacementFile(d.getFileName(), d.content())));
    }

    /** GDPR: every access to a student's personal documents by someone else is traceable. */
    private PlacementFile read(Placement placement, Account viewer, PlacementFile file) {
        if (!placement.getStudent().getId().equals(viewer.getId())) {
            audit.record(viewer.actor(), PlacementService.DOCUMENT_READ, PlacementService.AUDIT_SUBJECT,
                    placement.getId(), null, null, file.fileName());
        }
        return file;
    }

    // ================================================================ coordinator

    /** Saves Tables A (A2), B and C of a version not signed by anyone yet. */
    @Transactional
    public LearningAgreement save(long agreementId, AgreementForm form, Account coordinator) {
        RoleGuard.require(coordinator, Role.COORDINATOR);
        LearningAgreement agreement = lockedAgreement(agreementId);
        placements.requireInScope(agreement.getPlacement(), coordinator);
        if (agreement.getVersion() != form.getVersion()) {
            throw new ConcurrentModificationException();
        }
        if (agreement.isFrozen()) {
            throw new BusinessException("agreement.frozen", agreement.getNumber());
        }
        Placement placement = agreement.getPlacement();
        refuseIfClosed(placement);
        if (!agreement.getId().equals(current(placement).getId())) {
            throw new BusinessException("agreement.notCurrent");
        }
        AgreementContentRule.refusal(form, agreement.isAmendment()).ifPresent(e -> {
            throw e;
        });
        PlacementDuration.refusal(form.getPlannedStart(), form.getPlannedEnd(),
                placements.otherCycleDays(placement.getStudent(), placement.getId()), placements.stayOf(placement),
                "plannedStart", "plannedEnd")
                .ifPresent(e -> {
                    throw e;
                });
        agreement.update(form);
        em.flush();
        audit.record(coordinator.actor(), "AGREEMENT_SAVED", PlacementService.AUDIT_SUBJECT,
                placement.getId(), null, null, "v" + agreement.getNumber());
        return agreement;
    }

    /** Opens an amendment (Table A2): a copy of the current version, which must be signed by all. */
    @Transactional
    public LearningAgreement amend(long placementId, Account coordinator) {
        RoleGuard.require(coordinator, Role.COORDINATOR);
        Placement placement = placements.forCoordinator(placementId, coordinator);
        refuseIfClosed(placement);
        LearningAgreement current = current(placement);
        em.lock(current, LockModeType.PESSIMISTIC_WRITE);
        if (!current.isSignedByAll()) {
            throw new BusinessException("agreement.amend.currentNotSigned", current.getNumber());
        }
        LearningAgreement amendment = new LearningAgreement(current, Instant.now(clock));
        em.persist(amendment);
        em.flush();
        audit.record(coordinator.actor(), "AGREEMENT_AMENDED", PlacementService.AUDIT_SUBJECT,
                placementId, null, null, "v" + amendment.getNumber());
        return amendment;
    }

    @Transactional
    public LearningAgreement signAsCoordinator(long agreementId, Account coordinator) {
        RoleGuard.require(coordinator, Role.COORDINATOR);
        LearningAgreement agreement = signable(coordinatorsAgreement(agreementId, coordinator));
        agreement.signAsCoordinator(coordinator.getFullName(), Instant.now(clock));
        return signed(agreement, coordinator.actor(), "COORDINATOR", coordinator.getFullName());
    }

    /**
     * Sends the mentor a personal link to sign this version; an earlier unused link for the same
     * version stops working. Returns the token (only its hash is stored) for callers that must hand
     * it over another way.
     */
    @Transactional
    public String sendSigningLink(long agreementId, Account coordinator) {
        RoleGuard.require(coordinator, Role.COORDINATOR);
        LearningAgreement agreement = signable(coordinatorsAgreement(agreementId, coordinator));
        if (agreement.getMentorSignedAt() != null) {
            throw new BusinessException("agreement.sign.already");
        }
        Placement placement = agreement.getPlacement();
        String token = newLink(placement, agreement, LinkPurpose.SIGN_AGREEMENT, coordinator);
        linkIssued.fire(new MentorLinkIssued(placement.getId(), LinkPurpose.SIGN_AGREEMENT, agreement.getNumber(), token,
                Instant.now(clock).plus(LINK_VALIDITY)));
        return token;
    }

    /** Sends the mentor a personal link to fill in the traineeship certificate (Table D). */
    @Transactional
    public String sendCertificateLink(long placementId, Account coordinator) {
        RoleGuard.require(coordinator, Role.COORDINATOR);
        Placement placement = placements.forCoordinator(placementId, coordinator);
        if (placement.hasCertificate()) {
            throw new BusinessException("placement.certificate.already");
        }
        if (!placement.canBeCertified()) {
            throw new BusinessException("placement.certificate.notNow");
        }
        String token = newLink(placement, null, LinkPurpose.CERTIFICATE, coordinator);
        linkIssued.fire(new MentorLinkIssued(placement.getId(), LinkPurpose.CERTIFICATE, null, token,
                Instant.now(clock).plus(LINK_VALIDITY)));
        return token;
    }

    /**
     * The mentor's signature from a scanned signed copy: the PDF is checked by content, and the
     * coordinator records who signed and when.
     */
    @Transactional
    public LearningAgreement recordMentorScan(long agreementId, Scan scan, String signerName, LocalDate signedOn,
                                              Account coordinator) {
        RoleGuard.require(coordinator, Role.COORDINATOR);
        LearningAgreement agreement = signable(coordinatorsAgreement(agreementId, coordinator));
        if (agreement.getMentorSignedAt() != null) {
            throw new BusinessException("agreement.sign.already");
        }
        if (scan == null || !scan.isPresent()) {
            throw new BusinessException("scan", "application.document.empty");
        }
        PdfRule.refusal(scan.content()).ifPresent(key -> {
            throw new BusinessException("scan", key, PdfRule.MAX_BYTES / (1024 * 1024));
        });
        if (signerName == null || signerName.isBlank()) {
            throw new BusinessException("signerName", "agreement.scan.signerRequired");
        }
        if (signerName.strip().length() > 200) {
            throw new BusinessException("signerName", "field.tooLong");
        }
        LocalDate today = LocalDate.now(clock.withZone(SchoolTime.ZONE));
        if (signedOn == null || signedOn.isAfter(today)) {
            throw new BusinessException("signedOn", "agreement.scan.dateInvalid");
        }
        Placement placement = agreement.getPlacement();
        em.persist(new PlacementDocument(placement, agreement, PlacementDocumentKind.AGREEMENT_SCAN,
                PlacementService.safeFileName(scan.fileName()), scan.content(), Instant.now(clock)));
        agreement.signAsMentor(signerName.strip(), SchoolTime.toInstant(signedOn.atTime(12, 0)), MentorMode.SCAN);
        return signed(agreement, coordinator.actor(), "MENTOR_SCAN", signerName.strip());
    }

    // ================================================================ student

    @Transactional
    public LearningAgreement signAsStudent(long agreementId, Account student) {
        RoleGuard.require(student, Role.STUDENT);
        LearningAgreement agreement = lockedAgreement(agreementId);
        if (!agreement.getPlacement().getStudent().getId().equals(student.getId())) {
            throw new NotFoundException();
        }
        signable(agreement);
        // The agreement's header carries them: the student fills them in on their account page first.
        if (!ParticipantDataRule.missing(agreement.getPlacement().getStudent()).isEmpty()) {
            throw new BusinessException("agreement.sign.participantMissing");
        }
        agreement.signAsStudent(student.getFullName(), Instant.now(clock));
        return signed(agreement, student.actor(), "STUDENT", student.getFullName());
    }

    // ================================================================ mentor (no account)

    /** What a link leads to, if it is still usable for {@code purpose}; empty for a forged, used or expired one. */
    public Optional<PlacementLink> openLink(String token, LinkPurpose purpose) {
        return em.createQuery("select l from PlacementLink l where l.tokenHash = :hash", PlacementLink.class)
                .setParameter("hash", SecretToken.hash(token)).getResultStream().findFirst()
                .filter(l -> l.getPurpose() == purpose && l.isUsable(Instant.now(clock)));
    }

    /** The mentor signs through their link, once; the link is spent in the same transaction. */
    @Transactional
    public LearningAgreement signWithLink(String token, String signerName) {
        PlacementLink link = usableLink(token, LinkPurpose.SIGN_AGREEMENT);
        LearningAgreement agreement = lockedAgreement(link.getAgreement().getId());
        signable(agreement);
        String name = signerName == null || signerName.isBlank() ? link.getPlacement().getMentor().getFullName()
                : signerName.strip();
        if (name.length() > 200) {
            throw new BusinessException("signerName", "field.tooLong");
        }
        link.use(Instant.now(clock));
        agreement.signAsMentor(name, Instant.now(clock), MentorMode.LINK);
        return signed(agreement, new Actor(null, link.getSentTo()), "MENTOR_LINK", name);
    }

    /** The mentor fills in the certificate through their link, once. */
    @Transactional
    public Placement certifyWithLink(String token, CertificateForm form) {
        PlacementLink link = usableLink(token, LinkPurpose.CERTIFICATE);
        Placement placement = em.find(Placement.class, link.getPlacement().getId(), LockModeType.PESSIMISTIC_WRITE);
        String signer = form.getSignerName() == null || form.getSignerName().isBlank()
                ? placement.getMentor().getFullName() : form.getSignerName().strip();
        placementSteps.certify(placement, form, signer, new Actor(null, link.getSentTo()), "CERTIFICATE_BY_MENTOR");
        link.use(Instant.now(clock));
        return placement;
    }

    // ================================================================ internals

    private PlacementLink usableLink(String token, LinkPurpose purpose) {
        PlacementLink link = em.createQuery("select l from PlacementLink l where l.tokenHash = :hash", PlacementLink.class)
                .setParameter("hash", SecretToken.hash(token))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst()
                .orElseThrow(() -> new BusinessException("agreement.link.invalid"));
        if (link.getPurpose() != purpose || !link.isUsable(Instant.now(clock))) {
            throw new BusinessException("agreement.link.invalid");
        }
        return link;
    }

    private String newLink(Placement placement, LearningAgreement agreement, LinkPurpose purpose, Account coordinator) {
        em.createQuery("""
                        update PlacementLink l set l.usedAt = :now
                        where l.placement = :p and l.purpose = :purpose and l.usedAt is null""")
                .setParameter("now", Instant.now(clock)).setParameter("p", placement).setParameter("purpose", purpose)
                .executeUpdate();
        String token = SecretToken.generate();
        em.persist(new PlacementLink(placement, agreement, purpose, SecretToken.hash(token),
                placement.getMentor().getEmail(), Instant.now(clock), Instant.now(clock).plus(LINK_VALIDITY)));
        em.flush();
        audit.record(coordinator.actor(), purpose == LinkPurpose.SIGN_AGREEMENT ? "SIGN_LINK_SENT"
                : "CERTIFICATE_LINK_SENT", PlacementService.AUDIT_SUBJECT, placement.getId(), null, null,
                placement.getMentor().getEmail());
        return token;
    }

    /** The version locked, if its placement is of a campus the coordinator sees (otherwise: not found). */
    private LearningAgreement coordinatorsAgreement(long agreementId, Account coordinator) {
        LearningAgreement agreement = lockedAgreement(agreementId);
        placements.requireInScope(agreement.getPlacement(), coordinator);
        return agreement;
    }

    private LearningAgreement lockedAgreement(long agreementId) {
        return Optional.ofNullable(em.find(LearningAgreement.class, agreementId, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(NotFoundException::new);
    }

    /** Only the current version of a live placement, complete enough, is signed. */
    private LearningAgreement signable(LearningAgreement agreement) {
        Placement placement = agreement.getPlacement();
        refuseIfClosed(placement);
        if (!agreement.getId().equals(current(placement).getId())) {
            throw new BusinessException("agreement.notCurrent");
        }
        if (agreement.getTitle() == null || agreement.getProgramme() == null || agreement.getRecognition() == null) {
            throw new BusinessException("agreement.sign.incomplete");
        }
        return agreement;
    }

    private LearningAgreement signed(LearningAgreement agreement, Actor actor, String party, String name) {
        em.flush();
        audit.record(actor, "AGREEMENT_SIGNED", PlacementService.AUDIT_SUBJECT, agreement.getPlacement().getId(), null,
                null, "v" + agreement.getNumber() + " " + party + " " + name);
        return agreement;
    }

    private static void refuseIfClosed(Placement placement) {
        if (placement.getState().isFinal()) {
            throw new BusinessException("placement.closed");
        }
    }

}
