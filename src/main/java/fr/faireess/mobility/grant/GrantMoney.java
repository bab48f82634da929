package fr.faireess.mobility.grant;

import java.math.BigDecimal;
import java.math.RoundingMode;

import fr.faireess.mobility.reference.ErasmusDuration;

/**
 * The one rounding rule of grant money: euros with two decimals, rounded half up, once per amount
 * line (an amount is computed exactly, then rounded; rounded amounts are only ever added). Rates are
 * whole euros, so only the extra days' share ({@code rate × days ÷ 30}) can need rounding.
 */
public final class GrantMoney {

    public static final int SCALE = 2;
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
    public static final BigDecimal ZERO = euros(0);

    private GrantMoney() {
    }

    /** A whole-euro figure as an amount. */
    public static BigDecimal euros(long whole) {
        return BigDecimal.valueOf(whole).setScale(SCALE, ROUNDING);
    }

    /**
     * {@code months × monthly + extraDays × (monthly ÷ 30)}: the monthly figure for the full months,
     * and a thirtieth of it for each extra day, rounded once.
     */
    public static BigDecimal forMonthsAndDays(int monthly, int months, int extraDays) {
        BigDecimal rate = BigDecimal.valueOf(monthly);
        BigDecimal exact = rate.multiply(BigDecimal.valueOf(months))
                .add(rate.multiply(BigDecimal.valueOf(extraDays))
                        .divide(BigDecimal.valueOf(ErasmusDuration.DAYS_PER_MONTH), 10, ROUNDING));
        return exact.setScale(SCALE, ROUNDING);
    }
}
