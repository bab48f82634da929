package fr.faireess.mobility.grant;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.platform.security.Role;
import fr.faireess.mobility.platform.security.RoleGuard;
import fr.faireess.mobility.placement.Placement;
import fr.faireess.mobility.placement.PlacementService;
import fr.faireess.mobility.placement.PlacementDuration;
import fr.faireess.mobility.placement.PlacementDuration.CountedPeriod;
import fr.faireess.mobility.placement.PlacementState;
import fr.faireess.mobility.platform.audit.AuditLog;
import fr.faireess.mobility.platform.error.BusinessException;
import fr.faireess.mobility.platform.error.ConcurrentModificationException;
import fr.faireess.mobility.platform.i18n.Messages;
import fr.faireess.mobility.platform.mail.MailTemplates;
import fr.faireess.mobility.reference.Country;
import fr.faireess.mobility.reference.CountryGroups;
import fr.faireess.mobility.reference.ErasmusDuration;
import fr.faireess.mobility.reference.ErasmusGroup;

/**
 * Placement grants: computed ({@link GrantCalculator}) from the rate table of the placement's
 * beneficiary for its call year ({@link GrantRateService#sourceFor}: the beneficiary sending students
 * of the student's campus that year), the receiving
 * country's group in that call year ({@link CountryGroups}), the application's fewer-opportunities flag and the coordinator's
 * {@link GrantFacts}. Readers pass a placement they were allowed to load (the placement service
 * scopes reads to the viewer); recording facts is the coordinator's, audited in the placement's
 * history.
 */
@ApplicationScoped
public class GrantService {

    @PersistenceContext
    private EntityManager em;

    @Inject private GrantRateService rates;
    @Inject private PlacementService placements;
    @Inject private CountryGroups countryGroups;
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

    /** The planned and (once the stay ended: certified or interrupted) final grant of a placement the caller may see. */
    public PlacementGrant grantOf(Placement placement) {
        return grantsOf(List.of(placement)).get(placement.getId());
    }

    /**
     * The grants of several placements the caller may see, by placement id: the one computation of
     * every grant, for a page and for the EU report alike (facts read in one query, tables once per
     * call year and campus).
     */
    public Map<Long, PlacementGrant> grantsOf(List<Placement> placements) {
        Map<Long, GrantFacts> facts = facts(placements.stream().map(Placement::getId).toList());
        Map<String, RateTableChoice.Source> tables = new HashMap<>();
        Map<String, ErasmusGroup> groups = new HashMap<>();
        Map<Long, PlacementGrant> grants = new LinkedHashMap<>();
        for (Placement placement : placements) {
            Integer year = callYearOf(placement).orElse(null);
            String campus = campusOf(placement);
            GrantRateTable table = year == null ? null
                    : tables.computeIfAbsent(year + "/" + campus, k -> rates.sourceFor(year, campus)).table();
            Country country = placement.getHost().getCountry();
            ErasmusGroup group = year == null ? country.getErasmusGroup()
                    : groups.computeIfAbsent(year + country.getCode(), k -> countryGroups.groupOf(country, year));
            grants.put(placement.getId(), grant(placement, year, group, table, facts.get(placement.getId())));
        }
        return grants;
    }

    /** What pays the placement's grant: its beneficiary, that beneficiary's table and agreement number. */
    public RateTableChoice.Source sourceOf(Placement placement) {
        return callYearOf(placement).map(year -> rates.sourceFor(year, campusOf(placement))).orElse(RateTableChoice.Source.NONE);
    }

    private static String campusOf(Placement placement) {
        var campus = placement.getStudent().getCampus();
        return campus == null ? null : campus.getCode();
    }

    private PlacementGrant grant(Placement placement, Integer year, ErasmusGroup group, GrantRateTable table, GrantFacts facts) {
        Optional<CountedPeriod> counted = placement.countedPeriod();
        if (counted.isEmpty()) {
            return new PlacementGrant(year, table, group, facts, null, null, null, false);
        }
        // Without a table the days are still counted (the EU report shows them), on zero figures.
        GrantRates figures = table == null ? new GrantRates(0, 0, 0, 0) : table.ratesFor(group);
        GrantBreakdown planned = compute(placement, facts, figures, group,
                new PlacementDuration.Period(placement.getPlannedStart(), placement.getPlannedEnd()));
        // Final once the stay ended: on the certificate's dates, or up to the day it was interrupted.
        GrantBreakdown actual = counted.filter(CountedPeriod::isFinal)
                .map(c -> compute(placement, facts, figures, group, c.period())).orElse(null);
        GrantBreakdown counting = actual == null ? planned : actual;
        boolean belowMinimum = PlacementDuration.belowMinimum(counting.periodDays() - counting.interruptionDays(),
                GrantStayFacts.stayOf(facts));
        return table == null ? new PlacementGrant(year, null, group, facts, null, null, counting, belowMinimum)
                : new PlacementGrant(year, table, group, facts, planned, actual, counting, belowMinimum);
    }

    private static GrantBreakdown compute(Placement placement, GrantFacts facts, GrantRates figures, ErasmusGroup group,
                                          PlacementDuration.Period period) {
        return GrantCalculator.compute(new GrantInput(period.start(), period.end(), group,
                ErasmusDuration.isLongTerm(placement.getPlannedDays()), placement.getApplication().isFewerOpportunities(),
                facts.isGreenTravel(), facts.getTravelDays(), facts.getInterruptionDays(), distanceOf(placement, facts)),
                figures);
    }

    /**
     * The one-way distance of the mobility: the coordinator's figure, else the great-circle distance
     * from the student's campus to the host when both cities have coordinates, else unknown.
     */
    static Integer distanceOf(Placement placement, GrantFacts facts) {
        if (facts.getDistanceKm() != null) {
            return facts.getDistanceKm();
        }
        var campus = placement.getStudent().getCampus();
        var host = placement.getHost();
        return campus == null ? null : GreatCircle.km(campus.getLatitude(), campus.getLongitude(), host.getLatitude(),
                host.getLongitude()).orElse(null);
    }

    /**
     * Records the grant facts of a placement (not a cancelled one) the coordinator sees: green
     * travel, funded travel days, days of interruption and of the host's closure, force majeure and
     * its explanation, the distance; refused if someone changed them since {@code form.getVersion()}.
     */
    @Transactional
    public GrantFacts saveFacts(long placementId, GrantFactsForm form, Account coordinator) {
        RoleGuard.require(coordinator, Role.COORDINATOR);
        Placement placement = placements.forCoordinator(placementId, coordinator);
        if (placement.getState() == PlacementState.CANCELLED) {
            throw new BusinessException("grant.facts.cancelled");
        }
        GrantFacts facts = em.find(GrantFacts.class, placementId, LockModeType.PESSIMISTIC_WRITE);
        if ((facts == null ? 0 : facts.getVersion()) != form.getVersion()) {
            throw new ConcurrentModificationException();
        }
        int extraGreenDays = Optional.ofNullable(sourceOf(placement).table()).map(GrantRateTable::getGreenTravelDays)
                .orElse(RateTableRule.DEFAULT_GREEN_TRAVEL_DAYS);
        int periodDays = placement.countedPeriod().orElseThrow().days();
        GrantFactsRule.refusal(form, extraGreenDays, periodDays).ifPresent(e -> {
            throw e;
        });
        if (facts == null) {
            facts = new GrantFacts(placementId, Instant.now(clock));
            em.persist(facts);
        }
        facts.apply(form, Instant.now(clock));
        em.flush();
        audit.record(coordinator.actor(), "GRANT_FACTS_EDITED",
                PlacementService.AUDIT_SUBJECT, placementId, null, null, auditDetail(facts));
        return facts;
    }

    /** The facts in one French line, for the placement's history. */
    private static String auditDetail(GrantFacts f) {
        String yes = Messages.text(MailTemplates.LOCALE, "grant.yes");
        String no = Messages.text(MailTemplates.LOCALE, "grant.no");
        String line = Messages.text(MailTemplates.LOCALE, "grant.facts.auditDetail", f.isGreenTravel() ? yes : no,
                f.getTravelDays(), f.getInterruptionDays(), f.getClosureDays(),
                f.getDistanceKm() == null ? "—" : String.valueOf(f.getDistanceKm()));
        return f.isForceMajeure()
                ? line + Messages.text(MailTemplates.LOCALE, "grant.facts.auditForceMajeure", f.getForceMajeureExplanation())
                : line;
    }
}
