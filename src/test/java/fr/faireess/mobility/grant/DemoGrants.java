package fr.faireess.mobility.grant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;

import fr.faireess.mobility.reference.ErasmusGroup;
import fr.faireess.mobility.support.DemoDates;

/**
 * The grant a demo placement should get. The figures written in tests hold for the dates as db/demo
 * writes them, and are checked against the calculator on those dates; a demo loaded after its anchor
 * week has its dates moved by whole weeks, which can change a count of 30-day months, so the expected
 * grant is the calculator's for the moved dates (GrantCalculatorTest checks that arithmetic on fixed
 * dates).
 */
public final class DemoGrants {

    /** Group 2 in both demo rate tables (db/demo/V13): 770 a month, top-ups 150, 250 and 50. */
    private static final GrantRates GROUP_2 = new GrantRates(770, 150, 250, 50);

    private DemoGrants() {
    }

    public static GrantBreakdown group2(DemoDates demo, String start, String end, boolean fewerOpportunities,
            boolean greenTravel, int travelDays, int interruptionDays, String totalAsWritten) {
        GrantBreakdown asWritten = group2(LocalDate.parse(start), LocalDate.parse(end), fewerOpportunities, greenTravel,
                travelDays, interruptionDays);
        assertEquals(new BigDecimal(totalAsWritten), asWritten.total(), "the figure the test writes, for the dates db/demo writes");
        return group2(demo.date(start), demo.date(end), fewerOpportunities, greenTravel, travelDays, interruptionDays);
    }

    private static GrantBreakdown group2(LocalDate start, LocalDate end, boolean fewerOpportunities, boolean greenTravel,
            int travelDays, int interruptionDays) {
        return GrantCalculator.compute(new GrantInput(start, end, ErasmusGroup.GROUP_2, fewerOpportunities, greenTravel,
                travelDays, interruptionDays), GROUP_2);
    }

    /** The amount as the French pages show it, without spaces: {@code 2810,00€}. */
    public static String french(BigDecimal amount) {
        return amount.toPlainString().replace('.', ',') + "€";
    }
}
