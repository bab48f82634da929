package fr.faireess.mobility.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import fr.faireess.mobility.placement.PlacementState;
import fr.faireess.mobility.platform.error.BusinessException;

/** Pre-financing at departure, then the balance or a recovery once the final grant is known. */
class PaymentScheduleTest {

    private static final LocalDate TODAY = LocalDate.of(2030, 3, 15);

    private static BigDecimal eur(String amount) {
        return new BigDecimal(amount);
    }

    private static Optional<String> refusal(PaymentKind kind, String amount, LocalDate day, PlacementState state,
                                            boolean finalKnown) {
        return PaymentSchedule.refusal(kind, amount == null ? null : eur(amount), day, TODAY, state, finalKnown)
                .map(BusinessException::messageKey);
    }

    @Test
    void thePrefinancingIsTheSettingsShareOfThePlannedGrantRoundedHalfUp() {
        assertEquals(eur("2297.06"), PaymentSchedule.prefinancing(eur("2871.33"), 80));
        assertEquals(eur("2009.93"), PaymentSchedule.prefinancing(eur("2871.33"), 70));
        assertEquals(eur("2871.33"), PaymentSchedule.prefinancing(eur("2871.33"), 100));
    }

    @Test
    void aConfirmedPlacementExpectsItsPrefinancingOnce() {
        var due = PaymentSchedule.next(PlacementState.CONFIRMED, eur("3000.00"), null, eur("0.00"), false, 80).orElseThrow();
        assertEquals(PaymentKind.PREFINANCING, due.kind());
        assertEquals(eur("2400.00"), due.amount());
        assertTrue(PaymentSchedule.next(PlacementState.IN_PROGRESS, eur("3000.00"), null, eur("2400.00"), true, 80).isEmpty());
        assertTrue(PaymentSchedule.next(PlacementState.PROPOSED, eur("3000.00"), null, eur("0.00"), false, 80).isEmpty(),
                "nothing is paid before the confirmation");
    }

    @Test
    void onceTheFinalGrantIsKnownTheBalanceOrARecoveryClosesTheAccount() {
        var balance = PaymentSchedule.next(PlacementState.COMPLETED, eur("2871.33"), eur("2810.00"), eur("2297.06"), true, 80)
                .orElseThrow();
        assertEquals(PaymentKind.BALANCE, balance.kind());
        assertEquals(eur("512.94"), balance.amount());
        var recovery = PaymentSchedule.next(PlacementState.INTERRUPTED, eur("2910.00"), eur("1293.33"), eur("2328.00"), true, 80)
                .orElseThrow();
        assertEquals(PaymentKind.RECOVERY, recovery.kind());
        assertEquals(eur("1034.67"), recovery.amount(), "entered positive, stored negative");
        assertEquals(eur("-1034.67"), PaymentSchedule.signed(PaymentKind.RECOVERY, recovery.amount()));
        assertTrue(PaymentSchedule.next(PlacementState.COMPLETED, eur("2871.33"), eur("2810.00"), eur("2810.00"), true, 80)
                .isEmpty(), "settled");
    }

    @Test
    void aCancelledPlacementThatWasPaidExpectsTheWholeAmountBack() {
        var due = PaymentSchedule.next(PlacementState.CANCELLED, null, null, eur("500.00"), true, 80).orElseThrow();
        assertEquals(PaymentKind.RECOVERY, due.kind());
        assertEquals(eur("500.00"), due.amount());
    }

    @Test
    void paymentsThatCannotBeRightAreRefused() {
        assertEquals(Optional.empty(), refusal(PaymentKind.PREFINANCING, "2400.00", TODAY, PlacementState.CONFIRMED, false));
        assertEquals(Optional.of("budget.payment.amountInvalid"),
                refusal(PaymentKind.PREFINANCING, "0", TODAY, PlacementState.CONFIRMED, false));
        assertEquals(Optional.of("budget.payment.amountInvalid"),
                refusal(PaymentKind.PREFINANCING, "-5.00", TODAY, PlacementState.CONFIRMED, false));
        assertEquals(Optional.of("budget.payment.amountInvalid"),
                refusal(PaymentKind.PREFINANCING, "10.005", TODAY, PlacementState.CONFIRMED, false));
        assertEquals(Optional.of("budget.payment.amountInvalid"),
                refusal(PaymentKind.PREFINANCING, "50000.01", TODAY, PlacementState.CONFIRMED, false));
        assertEquals(Optional.of("budget.payment.dateFuture"),
                refusal(PaymentKind.PREFINANCING, "10.00", TODAY.plusDays(1), PlacementState.CONFIRMED, false));
        assertEquals(Optional.of("budget.payment.dateMissing"),
                refusal(PaymentKind.PREFINANCING, "10.00", null, PlacementState.CONFIRMED, false));
        assertEquals(Optional.of("budget.payment.notNow.PREFINANCING"),
                refusal(PaymentKind.PREFINANCING, "10.00", TODAY, PlacementState.PROPOSED, false));
        assertEquals(Optional.of("budget.payment.notNow.BALANCE"),
                refusal(PaymentKind.BALANCE, "10.00", TODAY, PlacementState.IN_PROGRESS, false));
        assertEquals(Optional.empty(), refusal(PaymentKind.BALANCE, "10.00", TODAY, PlacementState.COMPLETED, true));
        assertEquals(Optional.of("budget.payment.notNow.RECOVERY"),
                refusal(PaymentKind.RECOVERY, "10.00", TODAY, PlacementState.IN_PROGRESS, false));
        assertEquals(Optional.empty(), refusal(PaymentKind.RECOVERY, "10.00", TODAY, PlacementState.INTERRUPTED, true));
        assertEquals(Optional.empty(), refusal(PaymentKind.RECOVERY, "10.00", TODAY, PlacementState.CANCELLED, false));
        assertEquals(Optional.of("budget.payment.kindMissing"),
                refusal(null, "10.00", TODAY, PlacementState.CONFIRMED, false));
    }
}
