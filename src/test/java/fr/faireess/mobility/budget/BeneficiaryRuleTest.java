package fr.faireess.mobility.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.faireess.mobility.platform.error.BusinessException;

/** A school sends for one campus, a consortium for several; a year's campuses belong to one beneficiary. */
class BeneficiaryRuleTest {

    private static final Set<String> CAMPUSES = Set.of("PERPIGNAN", "MONTPELLIER");

    private static Optional<String> refusal(String name, BeneficiaryKind kind, String... campuses) {
        BeneficiaryForm form = new BeneficiaryForm();
        form.setName(name);
        form.setKind(kind);
        form.setCampuses(List.of(campuses));
        return BeneficiaryRule.refusal(form, CAMPUSES).map(BusinessException::messageKey);
    }

    private static Optional<String> budgetRefusal(Integer year, String awarded, String agreement) {
        BudgetForm form = new BudgetForm();
        form.setCallYear(year);
        form.setAwarded(awarded == null ? null : new BigDecimal(awarded));
        form.setAgreementNumber(agreement);
        return BeneficiaryRule.refusal(form).map(BusinessException::messageKey);
    }

    @Test
    void aSchoolSendsForOneCampusAndAConsortiumForSeveral() {
        assertEquals(Optional.empty(), refusal("IRTS Perpignan", BeneficiaryKind.SCHOOL, "PERPIGNAN"));
        assertEquals(Optional.empty(), refusal("FAIRE-ESS", BeneficiaryKind.CONSORTIUM, "PERPIGNAN", "MONTPELLIER"));
        assertEquals(Optional.of("budget.beneficiary.campuses.SCHOOL"),
                refusal("IRTS", BeneficiaryKind.SCHOOL, "PERPIGNAN", "MONTPELLIER"));
        assertEquals(Optional.of("budget.beneficiary.campuses.CONSORTIUM"),
                refusal("FAIRE-ESS", BeneficiaryKind.CONSORTIUM, "PERPIGNAN"));
        assertEquals(Optional.of("budget.beneficiary.campusUnknown"), refusal("X", BeneficiaryKind.SCHOOL, "NIMES"));
        assertEquals(Optional.of("budget.beneficiary.nameInvalid"), refusal("  ", BeneficiaryKind.SCHOOL, "PERPIGNAN"));
        assertEquals(Optional.of("budget.beneficiary.kindMissing"), refusal("X", null, "PERPIGNAN"));
    }

    @Test
    void aBudgetHasAYearAnAwardInCentsAndAnAgreementNumberLikeTheAgencys() {
        assertEquals(Optional.empty(), budgetRefusal(2025, "24000.00", "2025-1-FR01-KA131-HED-000099001"));
        assertEquals(Optional.empty(), budgetRefusal(2025, "0", null));
        assertEquals(Optional.of("grant.rates.yearInvalid"), budgetRefusal(1999, "10.00", null));
        assertEquals(Optional.of("budget.awardInvalid"), budgetRefusal(2025, "-1.00", null));
        assertEquals(Optional.of("budget.awardInvalid"), budgetRefusal(2025, "1.001", null));
        assertEquals(Optional.of("budget.awardInvalid"), budgetRefusal(2025, null, null));
        assertEquals(Optional.of("budget.agreementInvalid"), budgetRefusal(2025, "10.00", "2025 1 FR01"));
    }

    @Test
    void beneficiariesOverlapWhenTheyShareACampus() {
        assertTrue(BeneficiaryRule.overlap(List.of("PERPIGNAN", "MONTPELLIER"), Set.of("PERPIGNAN")));
        assertFalse(BeneficiaryRule.overlap(List.of("MONTPELLIER"), Set.of("PERPIGNAN")));
    }
}
