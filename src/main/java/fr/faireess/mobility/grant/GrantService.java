package fr.faireess.mobility.grant;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.identity.Role;
import fr.faireess.mobility.identity.RoleGuard;
import fr.faireess.mobility.placement.Placement;
import fr.faireess.mobility.placement.PlacementService;
import fr.faireess.mobility.placement.PlacementDuration;
import fr.faireess.mobility.placement.PlacementState;
import fr.faireess.mobility.platform.audit.AuditLog;
import fr.faireess.mobility.platform.audit.AuditLog.Actor;
import fr.faireess.mobility.platform.error.BusinessException;
import fr.faireess.mobility.platform.error.ConcurrentModificationException;
import fr.faireess.mobility.platform.error.NotFoundException;
import fr.faireess.mobility.platform.i18n.Messages;
import fr.faireess.mobility.platform.mail.MailTemplates;

/**
 * Placement grants: computed ({@link GrantCalculator}) from the call year's rate table, the receiving
 * country's group, the application's fewer-opportunities flag and the coordinator's
 * {@link GrantFacts}. Readers pass a placement they were allowed to load (the placement service
 * scopes reads to the viewer); recording facts is the coordinator's, audited in the placement's
 * history.
 */
@ApplicationScoped
public class GrantService {

    @PersistenceContext
    private EntityManager em;

    @Inject private GrantRateService rates;
    @Inject private AuditLog audit;
    @Inject private Clock clock;

    /** The call year funding the placement (from its call's academic year). */
    public Optional<Integer> callYearOf(Placement placement) {
        return CallYear.of(placement.getApplication().getCall().getAcademicYear());
    }

    /** The coordinator's facts of the placement (all empty if none recorded). */
    public GrantFacts facts(Placement placement) {
        return Optional.ofNullable(em.find(GrantFacts.class, placement.getId())).orElseGet(() -> GrantFacts.none(placement.getId()));
    }

    /** The facts of several placements at once, by placement id (all of them: empty facts where none recorded). */
    public Map<Long, GrantFacts> facts(Collection<Long> placementIds) {
        Map<Long, GrantFacts> facts = new HashMap<>();
        if (!placementIds.isEmpty()) {
            em.createQuery("select f from GrantFacts f where f.placementId in :ids", GrantFacts.class)
                    .setParameter("ids", placementIds).getResultList().forEach(f -> facts.put(f.getPlacementId(), f));
        }
        placementIds.forEach(id -> facts.computeIfAbsent(id, GrantFacts::none));
        return facts;
    }

    /** The planned and (once certified) final grant of a placement the caller may see. */
    public PlacementGrant grantOf(Placement placement) {
        Integer year = callYearOf(placement).orElse(null);
        GrantRateTable table = year == null ? null : rates.forYear(year).orElse(null);
        GrantFacts facts = facts(placement);
        var group = placement.getHost().getCountry().getErasmusGroup();
        if (table == null || placement.getState() == PlacementState.CANCELLED) {
            return new PlacementGrant(year, table, group, facts, null, null);
        }
        GrantBreakdown planned = compute(placement, facts, table, placement.getPlannedStart(), placement.getPlannedEnd());
        // Final once the placement ended: on the certificate's dates, or up to the day it was interrupted.
        GrantBreakdown actual = placement.finalPeriod()
                .map(period -> compute(placement, facts, table, period.start(), period.end())).orElse(null);
        return new PlacementGrant(year, table, group, facts, planned, actual);
    }

    /** The grant over {@code start → end} with the table's figures for the placement's country group. */
    public static GrantBreakdown compute(Placement placement, GrantFacts facts, GrantRateTable table, LocalDate start,
                                         LocalDate end) {
        var group = placement.getHost().getCountry().getErasmusGroup();
        return GrantCalculator.compute(new GrantInput(start, end, group, placement.getApplication().isFewerOpportunities(),
                facts.isGreenTravel(), facts.getTravelDays(), facts.getInterruptionDays()), table.ratesFor(group));
    }

    /**
     * Records green travel, funded travel days and days of interruption for a placement (not a
     * cancelled one); refused if someone changed them since {@code form.getVersion()}.
     */
    @Transactional
    public GrantFacts saveFacts(long placementId, GrantFactsForm form, Account coordinator) {
        RoleGuard.require(coordinator, Role.COORDINATOR);
        Placement placement = Optional.ofNullable(em.find(Placement.class, placementId)).orElseThrow(NotFoundException::new);
        if (placement.getState() == PlacementState.CANCELLED) {
            throw new BusinessException("grant.facts.cancelled");
        }
        GrantFacts facts = em.find(GrantFacts.class, placementId, LockModeType.PESSIMISTIC_WRITE);
        if ((facts == null ? 0 : facts.getVersion()) != form.getVersion()) {
            throw new ConcurrentModificationException();
        }
        int allowedTravelDays = callYearOf(placement).flatMap(rates::forYear).map(GrantRateTable::getGreenTravelDays)
                .orElse(RateTableRule.MAX_GREEN_TRAVEL_DAYS);
        int periodDays = placement.reportedPeriod().map(PlacementDuration.Period::days).orElse(placement.getPlannedDays());
        GrantFactsRule.refusal(form, allowedTravelDays, periodDays).ifPresent(e -> {
            throw e;
        });
        if (facts == null) {
            facts = new GrantFacts(placementId, now());
            em.persist(facts);
        }
        facts.apply(form, now());
        em.flush();
        audit.record(new Actor(coordinator.getId(), coordinator.getEmail()), "GRANT_FACTS_EDITED",
                PlacementService.AUDIT_SUBJECT, placementId, null, null,
                Messages.text(MailTemplates.LOCALE, "grant.facts.auditDetail",
                        Messages.text(MailTemplates.LOCALE, form.isGreenTravel() ? "grant.yes" : "grant.no"),
                        form.getTravelDays(), form.getInterruptionDays()));
        return facts;
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
