package fr.faireess.mobility.grant;

import java.math.BigDecimal;

/** One part of a grant: the figure applied (per month, or once) and the amount it gives. */
public record GrantLine(GrantLineKind kind, BigDecimal figure, BigDecimal amount) {
}
