package fr.faireess.mobility.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** The budget's one rule: awarded = committed + final + remaining, and committed + final = paid + to pay. */
class BudgetFiguresTest {

    private static BigDecimal eur(String amount) {
        return new BigDecimal(amount);
    }

    @Test
    void theFiguresAddUpToTheCent() {
        BudgetFigures f = new BudgetFigures(eur("24000.00"), eur("11203.67"), eur("4103.33"), eur("6230.39"));
        assertEquals(eur("15307.00"), f.used());
        assertEquals(eur("8693.00"), f.remaining());
        assertEquals(eur("9076.61"), f.toPay());
        assertEquals(f.awarded(), f.committed().add(f.finalGrants()).add(f.remaining()));
        assertEquals(f.used(), f.paid().add(f.toPay()));
        assertFalse(f.isPastAward());
    }

    @Test
    void aBudgetSpentBeyondItsAwardHasANegativeRemainder() {
        BudgetFigures f = new BudgetFigures(eur("1000.00"), eur("900.00"), eur("150.00"), eur("0.00"));
        assertEquals(eur("-50.00"), f.remaining());
        assertTrue(f.isPastAward());
    }

    @Test
    void committingMoreWarnsOnlyWhenTheRemainderWouldGoBelowZero() {
        BudgetFigures f = new BudgetFigures(eur("5000.00"), eur("2000.00"), eur("1000.00"), eur("0.00"));
        assertFalse(f.wouldPassAward(eur("2000.00")), "exactly the award is not past it");
        assertTrue(f.wouldPassAward(eur("2000.01")));
        assertEquals(eur("4000.01"), f.committing(eur("2000.01")).committed());
        assertFalse(f.wouldPassAward(eur("0.00")), "nothing added, nothing to warn about");
    }

    @Test
    void overpaidPlacementsLeaveANegativeAmountToPayThatIsToRecover() {
        BudgetFigures f = new BudgetFigures(eur("5000.00"), eur("0.00"), eur("1293.33"), eur("2328.00"));
        assertEquals(eur("-1034.67"), f.toPay());
    }

    @Test
    void aCallYearsTotalIsTheSumOfItsBudgets() {
        BudgetFigures a = new BudgetFigures(eur("1000.00"), eur("100.00"), eur("10.00"), eur("50.00"));
        BudgetFigures b = new BudgetFigures(eur("2000.00"), eur("200.00"), eur("20.00"), eur("60.00"));
        BudgetFigures sum = BudgetFigures.empty().plus(a).plus(b);
        assertEquals(eur("3000.00"), sum.awarded());
        assertEquals(a.remaining().add(b.remaining()), sum.remaining());
        assertEquals(a.toPay().add(b.toPay()), sum.toPay());
    }
}
