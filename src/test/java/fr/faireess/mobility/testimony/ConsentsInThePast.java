package fr.faireess.mobility.testimony;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Test help deployed with {@link TestimoniesIT}: lets time pass for one testimony. A consent given
 * today for a future period is moved into the past, as it would stand once its period has ended —
 * the consent record and the testimony's consent window alike, which the application itself keeps
 * equal. Nothing else changes, so the test then sees what a visitor and the nightly job see.
 */
@ApplicationScoped
public class ConsentsInThePast {

    @PersistenceContext
    private EntityManager em;

    /** The application's clock: the consent is recorded when the application believes it is. */
    @Inject
    private Clock clock;

    /** The author's consent ({@code consentId}) to testimony {@code testimonyId} ended on {@code lastDay}. */
    @Transactional
    public void endedOn(long testimonyId, long consentId, LocalDate lastDay) {
        TestimonyConsent consent = em.find(TestimonyConsent.class, consentId);
        ConsentForm form = new ConsentForm();
        form.setWeb(consent.isWeb());
        form.setPrint(consent.isPrint());
        form.setEvent(consent.isEvent());
        form.setValidUntil(lastDay);
        if (consent.getAccount() == null) {
            throw new IllegalArgumentException("an author's consent only");
        }
        consent.give(form, lastDay.minusYears(1), Instant.now(clock), consent.getAccount().getId());
        em.find(Testimony.class, testimonyId).consentWindow(lastDay);
    }
}
