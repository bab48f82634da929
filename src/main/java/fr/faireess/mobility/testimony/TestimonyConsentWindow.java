package fr.faireess.mobility.testimony;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import fr.faireess.mobility.platform.audit.AuditLog;
import fr.faireess.mobility.platform.audit.AuditLog.Actor;
import fr.faireess.mobility.testimony.TestimonyStatus.By;

/**
 * How long a testimony may stay on the web, by its authors' consents: the window is recomputed after
 * every change of consents or authors, and a published testimony whose consent no longer allows the
 * web (withdrawn, narrowed to other media, ended) is taken off the showcase at once, audited with
 * why and whose, and announced.
 */
@ApplicationScoped
public class TestimonyConsentWindow {

    @PersistenceContext
    private EntityManager em;

    @Inject private TestimonyService testimonies;
    @Inject private AuditLog audit;
    @Inject private Clock clock;
    @Inject private Event<TestimonyChanged> changed;

    /** What stands between this testimony and publication as far as consent goes (for pages). */
    public Optional<ConsentRule.Missing> missingConsent(Testimony testimony) {
        return ConsentRule.missingForWeb(testimonies.authors(testimony), consentFacts(testimony), testimonies.today());
    }

    /**
     * The system takes a published testimony off the showcase because {@code person}'s consent no
     * longer allows the web; the audit says why ("CONSENT_EXPIRED: name") and the mails who.
     */
    void unpublishForConsent(Testimony testimony, Actor actor, String person, TestimonyChanged.Reason reason) {
        TestimonyStatus from = testimony.moveTo(TestimonyStatus.UNPUBLISHED, By.SYSTEM, Instant.now(clock));
        em.flush();
        audit.record(actor, "TESTIMONY_UNPUBLISHED", TestimonyService.AUDIT_SUBJECT, testimony.getId(), from.name(),
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
        return refreshConsentWindow(testimony, testimonies.today());
    }

    Optional<ConsentRule.Missing> refreshConsentWindow(Testimony testimony, LocalDate today) {
        List<ConsentRule.Author> authors = testimonies.authors(testimony);
        List<ConsentRule.Consent> facts = consentFacts(testimony);
        testimony.consentWindow(ConsentRule.webValidUntil(authors, facts, today).orElse(null));
        return ConsentRule.missingForWeb(authors, facts, today);
    }

    List<ConsentRule.Consent> consentFacts(Testimony testimony) {
        return em.createQuery("select c from TestimonyConsent c where c.testimony = :t order by c.recordedAt, c.id", TestimonyConsent.class)
                .setParameter("t", testimony).getResultList().stream().map(TestimonyConsent::facts).toList();
    }
}
