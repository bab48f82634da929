package fr.faireess.mobility.budget;

import java.math.BigDecimal;
import java.util.Objects;

import fr.faireess.mobility.grant.GrantMoney;

/**
 * The budget of one beneficiary for one call year, and the one rule that makes its figures add up.
 * <ul>
 * <li>{@code awarded}: the National Agency's award, as entered;</li>
 * <li>{@code committed}: the planned grants of the placements that are confirmed or under way — the
 * school has promised them, the final amount is not known yet;</li>
 * <li>{@code finalGrants}: the final grants of the placements whose stay ended (completed with a
 * certificate, or interrupted: up to the interruption) — they replace the planned grant;</li>
 * <li>{@code remaining} = awarded − committed − final: what is left to promise; negative when the
 * budget is past its award;</li>
 * <li>{@code paid}: every payment recorded for those placements (pre-financing and balances, less
 * recoveries); {@code toPay} = committed + final − paid: what the school still owes its students
 * (negative: more was paid than is due, to recover).</li>
 * </ul>
 * Proposed and cancelled placements commit nothing (a proposed one's planned grant is what the
 * confirmation warning compares with {@code remaining}). So {@code awarded = committed + final +
 * remaining} and {@code committed + final = paid + toPay}, to the cent.
 */
public record BudgetFigures(BigDecimal awarded, BigDecimal committed, BigDecimal finalGrants, BigDecimal paid)
        implements java.io.Serializable {

    public BudgetFigures {
        Objects.requireNonNull(awarded);
        Objects.requireNonNull(committed);
        Objects.requireNonNull(finalGrants);
        Objects.requireNonNull(paid);
    }

    /** No award entered and nothing spent. */
    public static BudgetFigures empty() {
        return new BudgetFigures(GrantMoney.ZERO, GrantMoney.ZERO, GrantMoney.ZERO, GrantMoney.ZERO);
    }

    /** Committed plus final: what the placements take from the award. */
    public BigDecimal used() {
        return committed.add(finalGrants);
    }

    public BigDecimal remaining() {
        return awarded.subtract(used());
    }

    public BigDecimal toPay() {
        return used().subtract(paid);
    }

    public boolean isPastAward() {
        return remaining().signum() < 0;
    }

    /** The figures once {@code planned} more is committed (a placement confirmed, a student selected). */
    public BudgetFigures committing(BigDecimal planned) {
        return new BudgetFigures(awarded, committed.add(planned), finalGrants, paid);
    }

    /** Whether committing {@code planned} more would take the budget past its award. */
    public boolean wouldPassAward(BigDecimal planned) {
        return planned.signum() > 0 && committing(planned).isPastAward();
    }

    /** Adds another beneficiary's or placement's figures (a sum over a call year). */
    public BudgetFigures plus(BudgetFigures other) {
        return new BudgetFigures(awarded.add(other.awarded), committed.add(other.committed),
                finalGrants.add(other.finalGrants), paid.add(other.paid));
    }
}
