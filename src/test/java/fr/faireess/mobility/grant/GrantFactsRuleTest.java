package fr.faireess.mobility.grant;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fr.faireess.mobility.platform.error.BusinessException;

class GrantFactsRuleTest {

    @ParameterizedTest(name = "green={0} travel={1} interruption={2} (allowed {3}, stay {4} days) → {5}")
    @CsvSource({
            "true, 4, 0, 4, 90, ",
            "false, 0, 89, 4, 90, ",
            "true, 5, 0, 4, 90, grant.facts.travelDaysInvalid",
            "true, -1, 0, 4, 90, grant.facts.travelDaysInvalid",
            "true, , 0, 4, 90, grant.facts.travelDaysInvalid",
            "false, 2, 0, 4, 90, grant.facts.travelDaysNeedGreen",
            "false, 0, 90, 4, 90, grant.facts.interruptionInvalid",
            "false, 0, -3, 4, 90, grant.facts.interruptionInvalid",
            "false, 0, , 4, 90, grant.facts.interruptionInvalid"
    })
    void travelDaysNeedGreenTravelAndInterruptionsStayShorterThanTheStay(boolean green, Integer travel, Integer interruption,
                                                                          int allowed, int periodDays, String key) {
        GrantFactsForm form = new GrantFactsForm();
        form.setGreenTravel(green);
        form.setTravelDays(travel);
        form.setInterruptionDays(interruption);
        assertThat(GrantFactsRule.refusal(form, allowed, periodDays).map(BusinessException::messageKey).orElse(null))
                .isEqualTo(key);
    }
}
