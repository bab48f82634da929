package fr.faireess.mobility.grant;

import java.util.Optional;

import fr.faireess.mobility.placement.PlacementDuration;
import fr.faireess.mobility.platform.error.BusinessException;
import fr.faireess.mobility.platform.error.FieldLimits;
import fr.faireess.mobility.reference.ErasmusDuration;

/**
 * The coordinator's grant facts of a placement, checked against the Beneficiary Module's limits:
 * funded travel days up to {@value #ORDINARY_TRAVEL_DAYS} with ordinary transport, up to
 * {@value #ORDINARY_TRAVEL_DAYS} plus the call year's extra green-travel days (at most
 * {@value #GREEN_TRAVEL_DAYS_MAX}) with green travel; days of interruption fewer than the period's
 * and leaving at least the {@value ErasmusDuration#MIN_DAYS}-day minimum unless force majeure is
 * declared, with its explanation; a host's closure counts in the period (it only has to fit in it);
 * a distance entered in km.
 */
public final class GrantFactsRule {

    public static final int ORDINARY_TRAVEL_DAYS = 2;
    public static final int GREEN_TRAVEL_DAYS_MAX = 6;
    public static final int EXPLANATION_MAX = 1000;
    /** Half the Earth's circumference, rounded up: no one-way distance is longer. */
    public static final int DISTANCE_MAX = 20_100;

    private GrantFactsRule() {
    }

    /** Funded travel days allowed: ordinary transport, or green travel with the call year's extra days. */
    public static int allowedTravelDays(boolean greenTravel, int extraGreenTravelDays) {
        return greenTravel ? Math.min(GREEN_TRAVEL_DAYS_MAX, ORDINARY_TRAVEL_DAYS + extraGreenTravelDays) : ORDINARY_TRAVEL_DAYS;
    }

    /**
     * Why {@code form} cannot be saved for a stay of {@code periodDays} (the period that counts, on
     * the EU count); {@code extraGreenTravelDays} is the call year's table's.
     */
    public static Optional<BusinessException> refusal(GrantFactsForm form, int extraGreenTravelDays, int periodDays) {
        int allowed = allowedTravelDays(form.isGreenTravel(), extraGreenTravelDays);
        Integer travel = form.getTravelDays();
        if (travel == null || travel < 0 || travel > allowed) {
            return Optional.of(new BusinessException("travelDays",
                    form.isGreenTravel() ? "grant.facts.travelDaysInvalidGreen" : "grant.facts.travelDaysInvalid", allowed));
        }
        Integer interruption = form.getInterruptionDays();
        if (interruption == null || interruption < 0 || interruption >= periodDays) {
            return Optional.of(new BusinessException("interruptionDays", "grant.facts.interruptionInvalid", periodDays));
        }
        Integer closure = form.getClosureDays();
        if (closure == null || closure < 0 || closure > periodDays - interruption) {
            return Optional.of(new BusinessException("closureDays", "grant.facts.closureInvalid", periodDays - interruption));
        }
        if (form.isForceMajeure()) {
            String why = form.getForceMajeureExplanation();
            if (why == null || why.isBlank()) {
                return Optional.of(new BusinessException("forceMajeureExplanation", "grant.facts.explanationRequired"));
            }
            // Its size is the form's limit (@Size on GrantFactsForm, EXPLANATION_MAX).
            Optional<BusinessException> limit = FieldLimits.firstViolation(form);
            if (limit.isPresent()) {
                return limit;
            }
        }
        // Only the interruption entered here is refused for the minimum; a stay already shorter (an
        // interruption of the placement itself) is shown as not eligible until force majeure is declared.
        int counted = periodDays - interruption;
        if (interruption > 0 && PlacementDuration.belowMinimum(counted, new PlacementDuration.Stay(interruption, form.isForceMajeure()))) {
            return Optional.of(new BusinessException("interruptionDays", "grant.facts.belowMinimum", counted,
                    ErasmusDuration.MIN_DAYS, periodDays, interruption));
        }
        Integer distance = form.getDistanceKm();
        if (distance != null && (distance < 0 || distance > DISTANCE_MAX)) {
            return Optional.of(new BusinessException("distanceKm", "grant.facts.distanceInvalid", DISTANCE_MAX));
        }
        return Optional.empty();
    }
}
