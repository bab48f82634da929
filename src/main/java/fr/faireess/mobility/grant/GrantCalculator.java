package fr.faireess.mobility.grant;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import fr.faireess.mobility.reference.ErasmusDuration;
import fr.faireess.mobility.reference.ErasmusGroup;

/**
 * Individual support and travel support of a traineeship as the Beneficiary Module computes them:
 * the period's days (long-term: the EU's 30-day-month count, {@link ErasmusDuration}; otherwise
 * calendar days), minus interruptions, plus funded travel days; full months = days ÷ 30, extra days
 * = the remainder; each monthly figure (the group's rate, then each top-up) gives
 * {@code months × figure + extraDays × figure ÷ 30}. International mobility gets no traineeship
 * top-up. Travel: a participant entitled to travel support ({@link TravelSupport#eligible}) gets
 * their distance band's amount (the green one when travelling green); the others travelling green
 * get the green-travel one-off. Rounding: {@link GrantMoney} only.
 */
public final class GrantCalculator {

    private GrantCalculator() {
    }

    public static GrantBreakdown compute(GrantInput input, GrantRates rates) {
        int periodDays = input.longTerm() ? ErasmusDuration.days(input.start(), input.end())
                : ErasmusDuration.calendarDays(input.start(), input.end());
        int funded = Math.max(0, periodDays - input.interruptionDays() + input.travelDays());
        int months = funded / ErasmusDuration.DAYS_PER_MONTH;
        int extra = funded % ErasmusDuration.DAYS_PER_MONTH;
        DistanceBand band = input.distanceKm() == null ? null : DistanceBand.of(input.distanceKm()).orElse(null);

        List<GrantLine> lines = new ArrayList<>();
        lines.add(monthly(GrantLineKind.BASE, rates.monthlyRate(), months, extra));
        if (input.group() != ErasmusGroup.INTERNATIONAL && rates.traineeshipTopUp() > 0) {
            lines.add(monthly(GrantLineKind.TRAINEESHIP, rates.traineeshipTopUp(), months, extra));
        }
        if (input.fewerOpportunities() && rates.fewerOpportunitiesTopUp() > 0) {
            lines.add(monthly(GrantLineKind.FEWER_OPPORTUNITIES, rates.fewerOpportunitiesTopUp(), months, extra));
        }
        if (TravelSupport.eligible(input.group(), input.fewerOpportunities())) {
            if (band != null) {
                rates.travel().amount(band, input.greenTravel()).ifPresent(euros -> lines.add(once(
                        input.greenTravel() && rates.travel().bands().get(band).green() > 0
                                ? GrantLineKind.GREEN_TRAVEL_SUPPORT : GrantLineKind.TRAVEL_SUPPORT, euros)));
            }
        } else if (input.greenTravel() && rates.greenTravelTopUp() > 0) {
            lines.add(once(GrantLineKind.GREEN_TRAVEL, rates.greenTravelTopUp()));
        }
        BigDecimal total = lines.stream().map(GrantLine::amount).reduce(GrantMoney.ZERO, BigDecimal::add);
        return new GrantBreakdown(input.longTerm(), periodDays, input.interruptionDays(), input.travelDays(), funded, months,
                extra, input.distanceKm(), band, lines, total);
    }

    private static GrantLine monthly(GrantLineKind kind, int figure, int months, int extra) {
        return new GrantLine(kind, GrantMoney.euros(figure), GrantMoney.forMonthsAndDays(figure, months, extra));
    }

    private static GrantLine once(GrantLineKind kind, int euros) {
        BigDecimal amount = GrantMoney.euros(euros);
        return new GrantLine(kind, amount, amount);
    }
}
