package fr.faireess.mobility.grant;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fr.faireess.mobility.platform.error.BusinessException;

class GrantFactsRuleTest {

    private static GrantFactsForm form(boolean green, Integer travel, Integer interruption, Integer closure, boolean forceMajeure,
                                       String explanation) {
        GrantFactsForm form = new GrantFactsForm();
        form.setGreenTravel(green);
        form.setTravelDays(travel);
        form.setInterruptionDays(interruption);
        form.setClosureDays(closure);
        form.setForceMajeure(forceMajeure);
        form.setForceMajeureExplanation(explanation);
        return form;
    }

    private static String refusal(GrantFactsForm form, int extraGreenDays, int periodDays) {
        return GrantFactsRule.refusal(form, extraGreenDays, periodDays).map(BusinessException::messageKey).orElse(null);
    }

    @ParameterizedTest(name = "green={0} travel={1} interruption={2} closure={3} fm={4} (stay {5} days) → {6}")
    @CsvSource({
            // travel days: 2 with ordinary transport, 2 + the table's extra days (at most 6) with green travel
            "false, 2, 0, 0, false, 90, ",
            "false, 3, 0, 0, false, 90, grant.facts.travelDaysInvalid",
            "true, 6, 0, 0, false, 90, ",
            "true, 7, 0, 0, false, 90, grant.facts.travelDaysInvalidGreen",
            "true, -1, 0, 0, false, 90, grant.facts.travelDaysInvalidGreen",
            "true, , 0, 0, false, 90, grant.facts.travelDaysInvalidGreen",
            // interruptions: fewer than the period, and the minimum left unless force majeure
            "false, 0, 30, 0, false, 90, ",
            "false, 0, 31, 0, false, 90, grant.facts.belowMinimum",
            "false, 0, 10, 0, false, 65, grant.facts.belowMinimum",
            "false, 0, 90, 0, false, 90, grant.facts.interruptionInvalid",
            "false, 0, -3, 0, false, 90, grant.facts.interruptionInvalid",
            "false, 0, , 0, false, 90, grant.facts.interruptionInvalid",
            // a host's closure is not an interruption: 10 closed days of a 65-day stay leave 65 days
            "false, 0, 0, 10, false, 65, ",
            "false, 0, 0, 91, false, 90, grant.facts.closureInvalid",
            "false, 0, 0, -1, false, 90, grant.facts.closureInvalid",
            // force majeure lifts the minimum: a 39-day stay is accepted
            "false, 0, 0, 0, true, 39, ",
            "false, 0, 5, 0, true, 39, "
    })
    void travelDaysInterruptionsClosuresAndTheMinimum(boolean green, Integer travel, Integer interruption, Integer closure,
                                                      boolean forceMajeure, int periodDays, String key) {
        assertThat(refusal(form(green, travel, interruption, closure, forceMajeure, forceMajeure ? "Hospitalisation" : null),
                4, periodDays)).isEqualTo(key);
    }

    @Test
    void greenTravelDaysFollowTheCallYearsTableUpToSix() {
        assertThat(GrantFactsRule.allowedTravelDays(false, 4)).isEqualTo(2);
        assertThat(GrantFactsRule.allowedTravelDays(true, 4)).isEqualTo(6);
        assertThat(GrantFactsRule.allowedTravelDays(true, 2)).isEqualTo(4);
        assertThat(GrantFactsRule.allowedTravelDays(true, 6)).isEqualTo(6);
        assertThat(refusal(form(true, 5, 0, 0, false, null), 2, 90)).isEqualTo("grant.facts.travelDaysInvalidGreen");
    }

    @Test
    void forceMajeureNeedsItsExplanation() {
        GrantFactsForm form = form(false, 0, 0, 0, true, "  ");
        assertThat(GrantFactsRule.refusal(form, 4, 39)).get().satisfies(e -> {
            assertThat(e.messageKey()).isEqualTo("grant.facts.explanationRequired");
            assertThat(e.field()).contains("forceMajeureExplanation");
        });
        form.setForceMajeureExplanation("x".repeat(GrantFactsRule.EXPLANATION_MAX + 1));
        assertThat(refusal(form, 4, 39)).isEqualTo("grant.facts.explanationTooLong");
    }

    @Test
    void aDistanceIsKilometresOnEarth() {
        GrantFactsForm form = form(false, 0, 0, 0, false, null);
        form.setDistanceKm(-1);
        assertThat(refusal(form, 4, 90)).isEqualTo("grant.facts.distanceInvalid");
        form.setDistanceKm(1_050);
        assertThat(refusal(form, 4, 90)).isNull();
    }
}
