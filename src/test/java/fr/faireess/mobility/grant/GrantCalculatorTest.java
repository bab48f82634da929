package fr.faireess.mobility.grant;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fr.faireess.mobility.reference.ErasmusGroup;

/**
 * The grant arithmetic on the Beneficiary Module's day count, with a group-2 rate of €770/month,
 * the traineeship top-up €150, fewer opportunities €250, green travel €50 (international: €700, no
 * traineeship top-up).
 */
class GrantCalculatorTest {

    private static final GrantRates GROUP_2 = new GrantRates(770, 150, 250, 50);
    private static final GrantRates INTERNATIONAL = new GrantRates(700, 150, 250, 50);

    @ParameterizedTest(name = "{0} → {1} ({2}, −{6} +{5} days) = {7} days: {8} m {9} d, total {14}")
    @CsvSource({
            // start, end, group, fewer, green, travel, interruption, funded days, months, extra, base, traineeship, fewer, green, total
            // the European Commission's example: 3 × 30 + 15 = 105 days
            "2023-01-01, 2023-04-15, GROUP_2, false, false, 0, 0, 105, 3, 15, 2695.00, 525.00, 0.00, 0.00, 3220.00",
            // the 31st counts as the 30th: 61 days, and a thirtieth of 770 rounds up to 25.67
            "2026-01-31, 2026-03-31, GROUP_2, false, false, 0, 0, 61, 2, 1, 1565.67, 305.00, 0.00, 0.00, 1870.67",
            // February crossed counts 30 days
            "2026-02-15, 2026-04-14, GROUP_2, false, false, 0, 0, 60, 2, 0, 1540.00, 300.00, 0.00, 0.00, 1840.00",
            // leap year: 29 February is a day like any other inside February
            "2024-02-01, 2024-04-29, GROUP_2, false, false, 0, 0, 89, 2, 29, 2284.33, 445.00, 0.00, 0.00, 2729.33",
            "2026-02-01, 2026-04-28, GROUP_2, false, false, 0, 0, 88, 2, 28, 2258.67, 440.00, 0.00, 0.00, 2698.67",
            // over the year boundary
            "2026-11-15, 2027-02-14, GROUP_2, false, false, 0, 0, 90, 3, 0, 2310.00, 450.00, 0.00, 0.00, 2760.00",
            // ten days of interruption are not funded
            "2026-03-01, 2026-05-30, GROUP_2, false, false, 0, 10, 80, 2, 20, 2053.33, 400.00, 0.00, 0.00, 2453.33",
            // green travel: 2 funded travel days and the one-off (the demo's Emma Garcia)
            "2026-03-02, 2026-05-29, GROUP_2, false, true, 2, 0, 90, 3, 0, 2310.00, 450.00, 0.00, 50.00, 2810.00",
            // fewer opportunities with an interruption (the demo's Théo Mercier)
            "2026-09-15, 2027-01-15, GROUP_2, true, false, 0, 10, 111, 3, 21, 2849.00, 555.00, 925.00, 0.00, 4329.00",
            // a full year: twelve months
            "2026-09-01, 2027-08-31, GROUP_2, false, false, 0, 0, 360, 12, 0, 9240.00, 1800.00, 0.00, 0.00, 11040.00",
            // international mobility: its own rate, no traineeship top-up; travel support instead of the
            // green-travel top-up (none here: the distance is unknown)
            "2026-03-01, 2026-06-30, INTERNATIONAL, true, true, 0, 0, 120, 4, 0, 2800.00, 0.00, 1000.00, 0.00, 3800.00"
    })
    void computesTheGrantTheWayTheBeneficiaryModuleDoes(LocalDate start, LocalDate end, ErasmusGroup group,
                                                        boolean fewer, boolean green, int travel, int interruption,
                                                        int funded, int months, int extra, BigDecimal base,
                                                        BigDecimal traineeship, BigDecimal fewerTopUp, BigDecimal greenTopUp,
                                                        BigDecimal total) {
        GrantBreakdown grant = GrantCalculator.compute(new GrantInput(start, end, group, fewer, green, travel, interruption),
                group == ErasmusGroup.INTERNATIONAL ? INTERNATIONAL : GROUP_2);
        assertThat(grant.fundedDays()).isEqualTo(funded);
        assertThat(grant.fundedDays()).isEqualTo(grant.periodDays() - interruption + travel);
        assertThat(grant.months()).isEqualTo(months);
        assertThat(grant.extraDays()).isEqualTo(extra);
        assertThat(grant.amount(GrantLineKind.BASE)).isEqualTo(base);
        assertThat(grant.amount(GrantLineKind.TRAINEESHIP)).isEqualTo(traineeship);
        assertThat(grant.amount(GrantLineKind.FEWER_OPPORTUNITIES)).isEqualTo(fewerTopUp);
        assertThat(grant.amount(GrantLineKind.GREEN_TRAVEL)).isEqualTo(greenTopUp);
        assertThat(grant.total()).isEqualTo(total);
    }

    @Test
    void theEuropeanCommissionsExampleIs105Days() {
        GrantBreakdown grant = GrantCalculator.compute(new GrantInput(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 4, 15),
                ErasmusGroup.GROUP_1, false, false, 0, 0), new GrantRates(820, 150, 250, 50));
        assertThat(grant.periodDays()).isEqualTo(105);
        // 3 × 820 + 15 × 820 / 30 = 2460 + 410
        assertThat(grant.amount(GrantLineKind.BASE)).isEqualByComparingTo("2870");
    }

    @Test
    void onlyTheTopUpsThatApplyAreLines() {
        GrantBreakdown plain = GrantCalculator.compute(new GrantInput(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 5, 30),
                ErasmusGroup.GROUP_3, false, false, 0, 0), new GrantRates(680, 150, 250, 50));
        assertThat(plain.lines()).extracting(GrantLine::kind).containsExactly(GrantLineKind.BASE, GrantLineKind.TRAINEESHIP);
        GrantBreakdown green = GrantCalculator.compute(new GrantInput(LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 5, 30), ErasmusGroup.GROUP_3, false, true, 2, 0), new GrantRates(680, 150, 250, 50));
        assertThat(green.lines()).extracting(GrantLine::kind)
                .containsExactly(GrantLineKind.BASE, GrantLineKind.TRAINEESHIP, GrantLineKind.GREEN_TRAVEL);
        assertThat(green.lines().get(2).figure()).isEqualTo(new BigDecimal("50.00"));
    }

    @Test
    void moreInterruptionThanStayFundsNothingRatherThanANegativeAmount() {
        GrantBreakdown grant = GrantCalculator.compute(new GrantInput(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 10),
                ErasmusGroup.GROUP_2, false, false, 0, 20), GROUP_2);
        assertThat(grant.fundedDays()).isZero();
        assertThat(grant.total()).isEqualTo(new BigDecimal("0.00"));
    }

    @ParameterizedTest(name = "{0} €/month × {1} months + {2} days = {3}")
    @CsvSource({
            "820, 0, 1, 27.33",     // 27.333… down
            "820, 0, 2, 54.67",     // 54.666… up
            "820, 1, 29, 1612.67",
            "750, 0, 1, 25.00",
            "0, 5, 10, 0.00",
            "701, 0, 29, 677.63"    // 677.633… — rounded once, not 29 × 23.37 = 677.73
    })
    void amountsAreRoundedOnceToTheCent(int monthly, int months, int days, BigDecimal expected) {
        assertThat(GrantMoney.forMonthsAndDays(monthly, months, days)).isEqualTo(expected);
        assertThat(GrantMoney.forMonthsAndDays(monthly, months, days).scale()).isEqualTo(2);
    }
}
