package fr.faireess.mobility.testimony;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import fr.faireess.mobility.platform.audit.AuditLog.Actor;
import fr.faireess.mobility.testimony.TestimonyChanged.Reason;

/**
 * Unpublishes testimonies whose consent period has ended. The showcase already hides them from the
 * first day after the end (its queries compare the consent window with today), so this is the
 * bookkeeping: the status, the audit entry "consent expired" and the mails to the authors and the
 * coordinators. Each testimony is settled in its own transaction under a row lock and re-checked
 * there, so that several instances running the job at once unpublish it — and mail — exactly once.
 * {@link ConsentExpiryJob} runs it every night.
 */
@ApplicationScoped
public class ConsentExpiry {

    @PersistenceContext
    private EntityManager em;

    @Inject private TestimonyService testimonies;
    @Inject private TestimonyConsentWindow testimonyConsentWindow;

    /** Published testimonies whose consent window has ended or is not known (published before it was kept). */
    @Transactional
    public List<Long> due(LocalDate today) {
        return em.createQuery("""
                        select t.id from Testimony t
                        where t.status = fr.faireess.mobility.testimony.TestimonyStatus.PUBLISHED
                          and (t.webConsentUntil is null or t.webConsentUntil < :today)
                        order by t.id""", Long.class)
                .setParameter("today", today).getResultList();
    }

    /**
     * One testimony, in its own transaction: recomputes its consent window from the records; when a
     * consent it needs is no longer valid, unpublishes it (audited "CONSENT_EXPIRED", authors and
     * coordinators told); otherwise only the window is corrected. Returns whether it was unpublished.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean settle(long id, LocalDate today) {
        Testimony testimony = em.find(Testimony.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (testimony == null || testimony.getStatus() != TestimonyStatus.PUBLISHED
                || ConsentRule.shownOn(testimony.getWebConsentUntil(), today)) {
            return false;   // another instance settled it, or someone renewed a consent meanwhile
        }
        Optional<ConsentRule.Missing> missing = testimonyConsentWindow.refreshConsentWindow(testimony, today);
        if (missing.isEmpty()) {
            return false;
        }
        testimonyConsentWindow.unpublishForConsent(testimony, Actor.SYSTEM, missing.get().person(), Reason.CONSENT_EXPIRED);
        return true;
    }
}
