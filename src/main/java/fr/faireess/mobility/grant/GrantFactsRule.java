package fr.faireess.mobility.grant;

import java.util.Optional;

import fr.faireess.mobility.platform.error.BusinessException;

/**
 * The coordinator's grant facts of a placement: funded travel days only for green travel and at
 * most what the call year's table allows (or {@value RateTableRule#MAX_GREEN_TRAVEL_DAYS} while
 * there is no table); days of interruption fewer than the planned period's days.
 */
public final class GrantFactsRule {

    private GrantFactsRule() {
    }

    public static Optional<BusinessException> refusal(GrantFactsForm form, int allowedTravelDays, int periodDays) {
        Integer travel = form.getTravelDays();
        if (travel == null || travel < 0 || travel > allowedTravelDays) {
            return Optional.of(new BusinessException("travelDays", "grant.facts.travelDaysInvalid", allowedTravelDays));
        }
        if (travel > 0 && !form.isGreenTravel()) {
            return Optional.of(new BusinessException("travelDays", "grant.facts.travelDaysNeedGreen"));
        }
        Integer interruption = form.getInterruptionDays();
        if (interruption == null || interruption < 0 || interruption >= periodDays) {
            return Optional.of(new BusinessException("interruptionDays", "grant.facts.interruptionInvalid", periodDays));
        }
        return Optional.empty();
    }
}
