package fr.faireess.mobility.grant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Which rate table pays a placement, and under which agreement number ({@link RateTableChoice}). */
class RateTableChoiceTest {

    private static final Instant NOW = Instant.parse("2026-06-10T09:00:00Z");
    private static final GrantBeneficiaries.Ref CONSORTIUM =
            new GrantBeneficiaries.Ref(1, "FAIRE-ESS (consortium)", Set.of("PERPIGNAN", "MONTPELLIER"));
    private static final GrantBeneficiaries.Ref PERPIGNAN = new GrantBeneficiaries.Ref(2, "IRTS Perpignan", Set.of("PERPIGNAN"));
    private static final GrantBeneficiaries.Ref MONTPELLIER = new GrantBeneficiaries.Ref(3, "IRTS Montpellier", Set.of("MONTPELLIER"));
    private static final Map<Long, GrantBeneficiaries.Ref> ALL = Map.of(1L, CONSORTIUM, 2L, PERPIGNAN, 3L, MONTPELLIER);

    private static GrantRateTable table(long beneficiary, String agreementNumber) {
        GrantRateTable table = new GrantRateTable(2026, beneficiary, null, NOW);
        RateTableForm form = table.toForm();
        form.setAgreementNumber(agreementNumber);
        table.apply(form, NOW);
        return table;
    }

    @Test
    void eachSchoolsStudentsArePaidFromTheirSchoolsTableUnderItsBudgetsNumber() {
        GrantRateTable perpignan = table(2, "2026-1-FR01-KA131-HED-000000002");
        GrantRateTable montpellier = table(3, null);
        List<GrantRateTable> year = List.of(perpignan, montpellier);

        RateTableChoice.Source p = RateTableChoice.choose("PERPIGNAN",
                new GrantBeneficiaries.Budgeted(PERPIGNAN, "2026-1-FR01-KA131-HED-000000022"), year, ALL);
        assertSame(perpignan, p.table());
        assertEquals(PERPIGNAN, p.beneficiary());
        assertEquals("2026-1-FR01-KA131-HED-000000022", p.agreementNumber(), "the budget's number has the last word");

        RateTableChoice.Source m = RateTableChoice.choose("MONTPELLIER",
                new GrantBeneficiaries.Budgeted(MONTPELLIER, null), year, ALL);
        assertSame(montpellier, m.table());
        assertNull(m.agreementNumber(), "neither the budget nor the table has one yet");
    }

    @Test
    void aBudgetedBeneficiaryWithoutATableGetsNoAmountsNeverAnotherBeneficiarysTable() {
        GrantRateTable consortium = table(1, "2026-1-FR01-KA131-HED-000000001");
        RateTableChoice.Source m = RateTableChoice.choose("MONTPELLIER",
                new GrantBeneficiaries.Budgeted(MONTPELLIER, "2026-1-FR01-KA131-HED-000000003"), List.of(consortium), ALL);
        assertNull(m.table());
        assertEquals(MONTPELLIER, m.beneficiary());
        assertEquals("2026-1-FR01-KA131-HED-000000003", m.agreementNumber());
    }

    @Test
    void withoutABudgetTheTableOfABeneficiarySendingForTheCampusPaysUnderItsOwnNumber() {
        GrantRateTable perpignan = table(2, "2026-1-FR01-KA131-HED-000000002");
        RateTableChoice.Source p = RateTableChoice.choose("PERPIGNAN", null, List.of(perpignan), ALL);
        assertSame(perpignan, p.table());
        assertEquals(PERPIGNAN, p.beneficiary());
        assertEquals("2026-1-FR01-KA131-HED-000000002", p.agreementNumber());

        assertEquals(RateTableChoice.Source.NONE, RateTableChoice.choose("MONTPELLIER", null, List.of(perpignan), ALL),
                "Perpignan's school does not pay for Montpellier");
        assertEquals(RateTableChoice.Source.NONE, RateTableChoice.choose("PERPIGNAN", null, List.of(), ALL));
    }

    @Test
    void aTableNotAssignedYetServesEveryCampusWithoutABudget() {
        GrantRateTable unassigned = new GrantRateTable(2026, null, null, NOW);
        RateTableChoice.Source m = RateTableChoice.choose("MONTPELLIER", null, List.of(unassigned), ALL);
        assertSame(unassigned, m.table());
        assertNull(m.beneficiary());
    }

    @Test
    void theBudgetsNumberElseTheTables() {
        GrantRateTable table = table(1, "T-1");
        assertEquals("B-1", RateTableChoice.agreementNumber(" B-1 ", table));
        assertEquals("T-1", RateTableChoice.agreementNumber("  ", table));
        assertEquals("T-1", RateTableChoice.agreementNumber(null, table));
        assertNull(RateTableChoice.agreementNumber(null, null));
    }
}
