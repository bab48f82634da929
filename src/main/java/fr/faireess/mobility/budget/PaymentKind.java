package fr.faireess.mobility.budget;

/**
 * What a payment to a student is: the pre-financing share at departure, the balance once the final
 * grant is known (certificate, or interruption), or a recovery of what was paid beyond the final
 * grant (stored as a negative amount).
 */
public enum PaymentKind {
    PREFINANCING, BALANCE, RECOVERY;

    /** A recovery takes money back: its amount is stored negative, the others positive. */
    public boolean isRecovery() {
        return this == RECOVERY;
    }

    public String labelKey() {
        return "budget.payment.kind." + name();
    }
}
