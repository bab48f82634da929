package fr.faireess.mobility.grant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fr.faireess.mobility.platform.error.BusinessException;
import fr.faireess.mobility.reference.ErasmusGroup;

/** What a rate table must hold to be saved and to be locked, and that a locked table does not change. */
class RateTableRuleTest {

    private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");

    /** A complete, lockable form: the demo's figures. */
    private static RateTableForm complete() {
        RateTableForm form = new RateTableForm();
        form.setAgreementNumber("2026-1-FR01-KA131-HED-000123456");
        form.setTraineeshipTopUp(150);
        form.setFewerOpportunitiesTopUp(250);
        form.setGreenTravelTopUp(50);
        form.setGreenTravelDays(4);
        form.getRows().add(new RateTableForm.Row(ErasmusGroup.GROUP_1, 750, 820, 820));
        form.getRows().add(new RateTableForm.Row(ErasmusGroup.GROUP_2, 750, 820, 770));
        form.getRows().add(new RateTableForm.Row(ErasmusGroup.GROUP_3, 600, 750, 680));
        form.getRows().add(new RateTableForm.Row(ErasmusGroup.INTERNATIONAL, 700, 700, 700));
        return form;
    }

    private static Optional<String> refusalKey(RateTableForm form) {
        return RateTableRule.refusal(form).map(BusinessException::messageKey);
    }

    @Test
    void aCompleteTableCanBeSavedAndLocked() {
        assertThat(RateTableRule.refusal(complete())).isEmpty();
        assertThat(RateTableRule.lockRefusal(false, complete())).isEmpty();
    }

    @ParameterizedTest(name = "group row {0}: {1} ≤ {3} ≤ {2} → {4} on {5}")
    @CsvSource({
            "1, 750, 820, 821, grant.rates.rateOutOfRange, rates:1:rate",
            "1, 750, 820, 749, grant.rates.rateOutOfRange, rates:1:rate",
            "2, 750, 600, 700, grant.rates.maxBelowMin, rates:2:max",
            "0, -1, 820, 800, grant.rates.amountInvalid, rates:0:min",
            "3, 700, 3001, 700, grant.rates.amountInvalid, rates:3:max",
            "0, 750, 820, , grant.rates.amountInvalid, rates:0:rate"
    })
    void theAppliedRateStaysInsideTheAgencysRange(int row, Integer min, Integer max, Integer rate, String key, String field) {
        RateTableForm form = complete();
        RateTableForm.Row r = form.getRows().get(row);
        r.setMinMonthly(min);
        r.setMaxMonthly(max);
        r.setMonthlyRate(rate);
        Optional<BusinessException> refusal = RateTableRule.refusal(form);
        assertThat(refusal).isPresent();
        assertThat(refusal.get().messageKey()).isEqualTo(key);
        assertThat(refusal.get().field()).contains(field);
    }

    @Test
    void topUpsTravelDaysAndTheAgreementNumberAreBounded() {
        RateTableForm form = complete();
        form.setTraineeshipTopUp(null);
        assertThat(refusalKey(form)).contains("grant.rates.topUpInvalid");
        form = complete();
        form.setGreenTravelDays(RateTableRule.MAX_GREEN_TRAVEL_DAYS + 1);
        assertThat(refusalKey(form)).contains("grant.rates.travelDaysInvalid");
        form = complete();
        form.setAgreementNumber("2026/FR01 KA131");
        assertThat(refusalKey(form)).contains("grant.rates.agreementInvalid");
        form = complete();
        form.getRows().remove(3);
        assertThat(refusalKey(form)).contains("grant.rates.groupsMissing");
    }

    @Test
    void aDraftMaySaveZerosButNotBeLockedWithThemOrWithoutTheAgreementNumber() {
        RateTableForm draft = complete();
        draft.getRows().get(2).setMinMonthly(0);
        draft.getRows().get(2).setMaxMonthly(0);
        draft.getRows().get(2).setMonthlyRate(0);
        assertThat(RateTableRule.refusal(draft)).isEmpty();
        assertThat(RateTableRule.lockRefusal(false, draft).map(BusinessException::messageKey)).contains("grant.rates.rateMissing");

        RateTableForm noNumber = complete();
        noNumber.setAgreementNumber("  ");
        assertThat(RateTableRule.refusal(noNumber)).isEmpty();
        assertThat(RateTableRule.lockRefusal(false, noNumber).map(BusinessException::messageKey))
                .contains("grant.rates.agreementRequired");

        assertThat(RateTableRule.lockRefusal(true, complete()).map(BusinessException::messageKey)).contains("grant.rates.locked");
    }

    @Test
    void callYearsAreWithinTheProgramme() {
        assertThat(RateTableRule.yearRefusal(2026)).isEmpty();
        assertThat(RateTableRule.yearRefusal(2020)).isPresent();
        assertThat(RateTableRule.yearRefusal(null)).isPresent();
    }

    @Test
    void aNewTableStartsFromThePreviousOneAndALockedTableNeverChanges() {
        GrantRateTable previous = new GrantRateTable(2025, 1L, null, NOW);
        assertThat(previous.getTraineeshipTopUp()).isEqualTo(150);
        assertThat(previous.getRates()).hasSize(4).allSatisfy(r -> assertThat(r.getMonthlyRate()).isZero());
        assertThat(previous.travelSupport().bands()).as("the Guide's travel support to start from").isEqualTo(RateTableRule.DEFAULT_TRAVEL);
        previous.apply(complete(), NOW);

        GrantRateTable table = new GrantRateTable(2026, 1L, previous, NOW);
        assertThat(table.isLocked()).isFalse();
        assertThat(table.rate(ErasmusGroup.GROUP_2).orElseThrow().getMonthlyRate()).isEqualTo(770);
        assertThat(table.ratesFor(ErasmusGroup.GROUP_2)).isEqualTo(new GrantRates(770, 150, 250, 50, table.travelSupport()));
        assertThat(table.ratesFor(ErasmusGroup.INTERNATIONAL)).isEqualTo(new GrantRates(700, 0, 250, 50, table.travelSupport()));
        assertThat(RateTableRule.lockRefusal(table.isLocked(), table.toForm()).map(BusinessException::messageKey))
                .contains("grant.rates.agreementRequired");

        table.apply(complete(), NOW);
        table.lock("sophie.martin@faire-ess.fr", NOW);
        assertThat(table.isLocked()).isTrue();
        assertThat(table.getLockedBy()).isEqualTo("sophie.martin@faire-ess.fr");
        RateTableForm change = table.toForm();
        change.getRows().get(0).setMonthlyRate(800);
        assertThatThrownBy(() -> table.apply(change, NOW)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> table.lock("other@faire-ess.fr", NOW)).isInstanceOf(IllegalStateException.class);
        assertThat(table.rate(ErasmusGroup.GROUP_1).orElseThrow().getMonthlyRate()).isEqualTo(820);
        assertThat(RateTableRule.lockRefusal(table.isLocked(), table.toForm())).isPresent();
    }
}
