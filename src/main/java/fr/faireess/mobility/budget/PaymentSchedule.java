package fr.faireess.mobility.budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import fr.faireess.mobility.grant.GrantMoney;
import fr.faireess.mobility.placement.PlacementState;
import fr.faireess.mobility.platform.error.BusinessException;

/**
 * When a student is paid what: a pre-financing share of the planned grant at departure (the share a
 * setting, {@code MOBILITY_PREFINANCING_PERCENT}), then once the stay ended (certificate, or
 * interruption) the balance up to the final grant — or, when more was paid than the final grant
 * (an interrupted stay), a recovery of the difference. The coordinator records what was actually
 * paid; this rule only suggests the next payment and refuses what cannot be right.
 */
public final class PaymentSchedule {

    /** The largest single payment accepted: far above any Erasmus+ individual grant, below a typing slip. */
    public static final BigDecimal MAX_AMOUNT = GrantMoney.euros(50_000);
    public static final int NOTE_MAX = 200;

    private static final Set<PlacementState> DEPARTED_OR_DUE = EnumSet.of(PlacementState.CONFIRMED,
            PlacementState.IN_PROGRESS, PlacementState.COMPLETED, PlacementState.INTERRUPTED);

    private PaymentSchedule() {
    }

    /** The next payment the schedule expects: its kind and its amount (positive, a recovery's too). */
    public record Due(PaymentKind kind, BigDecimal amount) {
    }

    /** {@code percent} % of the planned grant, rounded half up to the cent. */
    public static BigDecimal prefinancing(BigDecimal planned, int percent) {
        return planned.multiply(BigDecimal.valueOf(percent)).divide(BigDecimal.valueOf(100), GrantMoney.SCALE,
                GrantMoney.ROUNDING);
    }

    /**
     * The next payment of a placement in {@code state}, whose planned grant is {@code planned} (null:
     * no rate table), final grant {@code finalGrant} (null: the stay has not ended), of which
     * {@code paid} was paid so far ({@code prefinancingPaid}: a pre-financing is among it).
     */
    public static Optional<Due> next(PlacementState state, BigDecimal planned, BigDecimal finalGrant, BigDecimal paid,
                                     boolean prefinancingPaid, int percent) {
        if (finalGrant != null) {
            BigDecimal difference = finalGrant.subtract(paid);
            return difference.signum() == 0 ? Optional.empty()
                    : Optional.of(difference.signum() > 0 ? new Due(PaymentKind.BALANCE, difference)
                            : new Due(PaymentKind.RECOVERY, difference.negate()));
        }
        if (state == PlacementState.CANCELLED) {
            return paid.signum() > 0 ? Optional.of(new Due(PaymentKind.RECOVERY, paid)) : Optional.empty();
        }
        if (planned != null && !prefinancingPaid
                && (state == PlacementState.CONFIRMED || state == PlacementState.IN_PROGRESS)) {
            return Optional.of(new Due(PaymentKind.PREFINANCING, prefinancing(planned, percent)));
        }
        return Optional.empty();
    }

    /**
     * Why a payment cannot be recorded, if it cannot: an amount (entered positive, even for a recovery)
     * above zero, in cents, at most {@link #MAX_AMOUNT}; a day not after {@code today}; a pre-financing
     * for a confirmed (or later) placement; a balance only once the final grant is known; a recovery
     * once it is known or the placement was cancelled.
     */
    public static Optional<BusinessException> refusal(PaymentKind kind, BigDecimal amount, LocalDate paidOn, LocalDate today,
                                                      PlacementState state, boolean finalKnown) {
        if (kind == null) {
            return Optional.of(new BusinessException("kind", "budget.payment.kindMissing"));
        }
        if (amount == null || amount.signum() <= 0 || amount.scale() > GrantMoney.SCALE
                && amount.stripTrailingZeros().scale() > GrantMoney.SCALE || amount.compareTo(MAX_AMOUNT) > 0) {
            return Optional.of(new BusinessException("amount", "budget.payment.amountInvalid", MAX_AMOUNT.toPlainString()));
        }
        if (paidOn == null) {
            return Optional.of(new BusinessException("paidOn", "budget.payment.dateMissing"));
        }
        if (paidOn.isAfter(today)) {
            return Optional.of(new BusinessException("paidOn", "budget.payment.dateFuture"));
        }
        if (kind == PaymentKind.PREFINANCING && !DEPARTED_OR_DUE.contains(state)) {
            return Optional.of(new BusinessException("kind", "budget.payment.notNow.PREFINANCING"));
        }
        if (kind == PaymentKind.BALANCE && !finalKnown) {
            return Optional.of(new BusinessException("kind", "budget.payment.notNow.BALANCE"));
        }
        if (kind == PaymentKind.RECOVERY && !finalKnown && state != PlacementState.CANCELLED) {
            return Optional.of(new BusinessException("kind", "budget.payment.notNow.RECOVERY"));
        }
        return Optional.empty();
    }

    /** The stored amount: negative for a recovery, rounded to the cent. */
    public static BigDecimal signed(PaymentKind kind, BigDecimal amount) {
        BigDecimal cents = amount.setScale(GrantMoney.SCALE, GrantMoney.ROUNDING);
        return kind.isRecovery() ? cents.negate() : cents;
    }
}
