package fr.faireess.mobility.testimony;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.platform.security.Role;
import fr.faireess.mobility.platform.security.RoleGuard;
import fr.faireess.mobility.platform.audit.AuditLog;
import fr.faireess.mobility.platform.audit.AuditLog.Actor;
import fr.faireess.mobility.platform.error.BusinessException;
import fr.faireess.mobility.platform.error.NotFoundException;
import fr.faireess.mobility.testimony.TestimonyChanged.Reason;

/**
 * Consent records: student authors give (and withdraw) theirs in the application; coordinators
 * record third parties' and guardians' with the scanned signed form (and only they read it). After
 * every change the testimony's consent window is recomputed, and a published testimony whose
 * consents no longer allow the web — a withdrawal, a consent narrowed to print — leaves the showcase
 * at once, in the same transaction; both are audited.
 */
@ApplicationScoped
public class ConsentService {

    @PersistenceContext
    private EntityManager em;

    @Inject private TestimonyService testimonies;
    @Inject private TestimonyConsentWindow testimonyConsentWindow;
    @Inject private AuditLog audit;
    @Inject private Clock clock;

    public List<TestimonyConsent> consents(Testimony testimony) {
        return em.createQuery("""
                        select c from TestimonyConsent c left join fetch c.account
                        where c.testimony = :t order by c.kind, c.personName, c.id""", TestimonyConsent.class)
                .setParameter("t", testimony).getResultList();
    }

    /** The student's own consent record for this testimony, if any. */
    public Optional<TestimonyConsent> own(Testimony testimony, Account student) {
        return em.createQuery("select c from TestimonyConsent c where c.testimony = :t and c.account = :s",
                        TestimonyConsent.class)
                .setParameter("t", testimony).setParameter("s", student).getResultStream().findFirst();
    }

    /** An author consents (or renews their consent) for the media and period they chose, dated today. */
    @Transactional
    public TestimonyConsent give(long testimonyId, Account student, ConsentForm form) {
        RoleGuard.require(student, Role.STUDENT);
        Testimony testimony = testimonies.findForAuthor(testimonyId, student).orElseThrow(NotFoundException::new);
        ConsentRule.formProblem(form, false, testimonies.today()).ifPresent(e -> {
            throw e;
        });
        TestimonyConsent consent = own(testimony, student).orElseGet(() ->
                new TestimonyConsent(testimony, PersonKind.AUTHOR, student, student.getFullName()));
        consent.give(form, testimonies.today(), Instant.now(clock), student.getId());
        if (consent.getId() == null) {
            em.persist(consent);
        }
        em.flush();
        audit.record(student.actor(), "CONSENT_GIVEN", TestimonyService.AUDIT_SUBJECT, testimonyId,
                null, null, describe(consent));
        testimonyConsentWindow.consentsChanged(testimony, student.actor(), Reason.CONSENT_WITHDRAWN);
        return consent;
    }

    /** An author withdraws their consent: a published testimony is unpublished at once. */
    @Transactional
    public void withdrawOwn(long testimonyId, Account student) {
        RoleGuard.require(student, Role.STUDENT);
        Testimony testimony = testimonies.findForAuthor(testimonyId, student).orElseThrow(NotFoundException::new);
        TestimonyConsent consent = own(testimony, student).filter(c -> !c.isWithdrawn())
                .orElseThrow(() -> new BusinessException("testimony.consent.nothingToWithdraw"));
        withdraw(testimony, consent, student.actor());
    }

    /** A coordinator records a third party's or a guardian's consent, with the scanned signed form. */
    @Transactional
    public TestimonyConsent record(long testimonyId, Account coordinator, ConsentForm form, FileUpload signedForm) {
        RoleGuard.require(coordinator, Role.COORDINATOR);
        Testimony testimony = testimonies.findForStaff(testimonyId, coordinator).orElseThrow(NotFoundException::new);
        ConsentRule.formProblem(form, true, testimonies.today()).ifPresent(e -> {
            throw e;
        });
        if (signedForm == null || signedForm.isEmpty()) {
            throw new BusinessException("signedForm", "testimony.consent.form.required");
        }
        FileRule.refusal(signedForm.content()).ifPresent(key -> {
            throw new BusinessException("signedForm", key, FileRule.MAX_MEGABYTES);
        });
        FileRule.Kind kind = FileRule.detect(signedForm.content()).orElseThrow();
        TestimonyConsent consent = new TestimonyConsent(testimony, form.getKind(), null, form.getPersonName().strip());
        consent.give(form, form.getGivenOn(), Instant.now(clock), coordinator.getId());
        consent.signedBy(form.getSignedBy() == null || form.getSignedBy().isBlank() ? null : form.getSignedBy().strip());
        consent.attachForm(FileRule.safeName(signedForm.fileName(), kind), kind.contentType(), signedForm.content());
        em.persist(consent);
        em.flush();
        audit.record(coordinator.actor(), "CONSENT_RECORDED", TestimonyService.AUDIT_SUBJECT,
                testimonyId, null, null, describe(consent));
        testimonyConsentWindow.consentsChanged(testimony, coordinator.actor(), Reason.CONSENT_WITHDRAWN);
        return consent;
    }

    /** A coordinator records that a third party or guardian withdrew their consent. */
    @Transactional
    public void withdrawRecorded(long consentId, Account coordinator) {
        RoleGuard.require(coordinator, Role.COORDINATOR);
        TestimonyConsent consent = em.find(TestimonyConsent.class, consentId);
        if (consent == null || consent.getKind() == PersonKind.AUTHOR
                || testimonies.findForStaff(consent.getTestimony().getId(), coordinator).isEmpty()) {
            throw new NotFoundException();
        }
        if (consent.isWithdrawn()) {
            throw new BusinessException("testimony.consent.nothingToWithdraw");
        }
        withdraw(consent.getTestimony(), consent, coordinator.actor());
    }

    /** The scanned form of a consent, for coordinators only. */
    public Optional<FileDownload> signedForm(long consentId, Account coordinator) {
        RoleGuard.require(coordinator, Role.COORDINATOR);
        TestimonyConsent consent = em.find(TestimonyConsent.class, consentId);
        if (consent == null || !consent.isHasForm()
                || testimonies.findForStaff(consent.getTestimony().getId(), coordinator).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new FileDownload(consent.getFormName(), consent.getFormType(), consent.formContent()));
    }

    private void withdraw(Testimony testimony, TestimonyConsent consent, Actor actor) {
        consent.withdraw(Instant.now(clock));
        em.flush();
        audit.record(actor, "CONSENT_WITHDRAWN", TestimonyService.AUDIT_SUBJECT, testimony.getId(), null, null,
                describe(consent));
        testimonyConsentWindow.consentsChanged(testimony, actor, Reason.CONSENT_WITHDRAWN);
    }

    private static String describe(TestimonyConsent consent) {
        return consent.getKind() + " " + consent.getPersonName() + " web=" + consent.isWeb() + " print=" + consent.isPrint()
                + " event=" + consent.isEvent() + " until " + consent.getValidUntil();
    }
}
