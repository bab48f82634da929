package fr.faireess.mobility.grant;

import java.math.BigDecimal;
import java.util.List;

/**
 * A computed grant: the day count ({@code periodDays − interruptionDays + travelDays = fundedDays},
 * i.e. {@code months × 30 + extraDays}) and the amount of each part, with their total.
 */
public record GrantBreakdown(int periodDays, int interruptionDays, int travelDays, int fundedDays, int months,
                            int extraDays, List<GrantLine> lines, BigDecimal total) {

    public GrantBreakdown {
        lines = List.copyOf(lines);
    }

    /** The amount of one part, zero when it does not apply. */
    public BigDecimal amount(GrantLineKind kind) {
        return lines.stream().filter(l -> l.kind() == kind).map(GrantLine::amount).findFirst().orElse(GrantMoney.ZERO);
    }
}
