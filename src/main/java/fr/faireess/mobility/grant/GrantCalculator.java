package fr.faireess.mobility.grant;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import fr.faireess.mobility.reference.ErasmusDuration;
import fr.faireess.mobility.reference.ErasmusGroup;

/**
 * Individual support of a long-term traineeship as the Beneficiary Module computes it: the period's
 * days on the EU count ({@link ErasmusDuration}), minus interruptions, plus funded travel days; full
 * months = days ÷ 30, extra days = the remainder; each monthly figure (the group's rate, then each
 * top-up) gives {@code months × figure + extraDays × figure ÷ 30}; green travel adds a one-off.
 * International mobility gets no traineeship top-up. Rounding: {@link GrantMoney} only.
 */
public final class GrantCalculator {

    private GrantCalculator() {
    }

    public static GrantBreakdown compute(GrantInput input, GrantRates rates) {
        int periodDays = ErasmusDuration.days(input.start(), input.end());
        int funded = Math.max(0, periodDays - input.interruptionDays() + input.travelDays());
        int months = funded / ErasmusDuration.DAYS_PER_MONTH;
        int extra = funded % ErasmusDuration.DAYS_PER_MONTH;

        List<GrantLine> lines = new ArrayList<>();
        lines.add(monthly(GrantLineKind.BASE, rates.monthlyRate(), months, extra));
        if (input.group() != ErasmusGroup.INTERNATIONAL && rates.traineeshipTopUp() > 0) {
            lines.add(monthly(GrantLineKind.TRAINEESHIP, rates.traineeshipTopUp(), months, extra));
        }
        if (input.fewerOpportunities() && rates.fewerOpportunitiesTopUp() > 0) {
            lines.add(monthly(GrantLineKind.FEWER_OPPORTUNITIES, rates.fewerOpportunitiesTopUp(), months, extra));
        }
        if (input.greenTravel() && rates.greenTravelTopUp() > 0) {
            BigDecimal once = GrantMoney.euros(rates.greenTravelTopUp());
            lines.add(new GrantLine(GrantLineKind.GREEN_TRAVEL, once, once));
        }
        BigDecimal total = lines.stream().map(GrantLine::amount).reduce(GrantMoney.ZERO, BigDecimal::add);
        return new GrantBreakdown(periodDays, input.interruptionDays(), input.travelDays(), funded, months, extra,
                lines, total);
    }

    private static GrantLine monthly(GrantLineKind kind, int figure, int months, int extra) {
        return new GrantLine(kind, GrantMoney.euros(figure), GrantMoney.forMonthsAndDays(figure, months, extra));
    }
}
