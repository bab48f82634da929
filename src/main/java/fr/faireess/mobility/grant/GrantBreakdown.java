package fr.faireess.mobility.grant;

import java.math.BigDecimal;
import java.util.List;

/**
 * A computed grant: the day count ({@code periodDays − interruptionDays + travelDays = fundedDays},
 * i.e. {@code months × 30 + extraDays}; {@code periodDays} on the 30-day-month count when
 * {@code longTerm}, else calendar days), the distance and its band when known, and the amount of
 * each part (individual support lines, then travel), with their total.
 */
public record GrantBreakdown(boolean longTerm, int periodDays, int interruptionDays, int travelDays, int fundedDays,
                             int months, int extraDays, Integer distanceKm, DistanceBand distanceBand,
                             List<GrantLine> lines, BigDecimal total) {

    public GrantBreakdown {
        lines = List.copyOf(lines);
    }

    /** The amount of one part, zero when it does not apply. */
    public BigDecimal amount(GrantLineKind kind) {
        return lines.stream().filter(l -> l.kind() == kind).map(GrantLine::amount).findFirst().orElse(GrantMoney.ZERO);
    }

    /** Individual support: every line but travel support. */
    public BigDecimal individualSupport() {
        return lines.stream().filter(l -> !l.kind().isTravelSupport()).map(GrantLine::amount)
                .reduce(GrantMoney.ZERO, BigDecimal::add);
    }

    /** Travel support (standard or green), zero when none. */
    public BigDecimal travelSupport() {
        return lines.stream().filter(l -> l.kind().isTravelSupport()).map(GrantLine::amount)
                .reduce(GrantMoney.ZERO, BigDecimal::add);
    }
}
