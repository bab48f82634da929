package fr.faireess.mobility.budget;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import fr.faireess.mobility.grant.GrantMoney;
import fr.faireess.mobility.grant.RateTableRule;
import fr.faireess.mobility.platform.error.BusinessException;

/**
 * What a beneficiary and its yearly budget must be: a name; a school sends for exactly one campus,
 * a consortium for two or more; an award in euros and cents, zero or more; an agreement number
 * written like the Agency's ({@code 2025-1-FR01-KA131-HED-000099001}). And, per call year, a campus
 * belongs to one beneficiary only, so that a placement's beneficiary is never in doubt.
 */
public final class BeneficiaryRule {

    public static final int NAME_MAX = 120;
    public static final int AGREEMENT_MAX = RateTableRule.AGREEMENT_MAX;
    /** A sanity bound on an award: ten times a large school's yearly KA131 grant. */
    public static final BigDecimal MAX_AWARD = GrantMoney.euros(10_000_000);

    private static final Pattern AGREEMENT = Pattern.compile("[A-Za-z0-9]+(-[A-Za-z0-9]+)*");

    private BeneficiaryRule() {
    }

    /** Why {@code form} cannot be saved, given the campuses that exist. */
    public static Optional<BusinessException> refusal(BeneficiaryForm form, Set<String> knownCampuses) {
        String name = form.getName() == null ? "" : form.getName().strip();
        if (name.isEmpty() || name.length() > NAME_MAX) {
            return Optional.of(new BusinessException("name", "budget.beneficiary.nameInvalid", NAME_MAX));
        }
        if (form.getKind() == null) {
            return Optional.of(new BusinessException("kind", "budget.beneficiary.kindMissing"));
        }
        if (!knownCampuses.containsAll(form.getCampuses())) {
            return Optional.of(new BusinessException("campuses", "budget.beneficiary.campusUnknown"));
        }
        int count = Set.copyOf(form.getCampuses()).size();
        if (form.getKind() == BeneficiaryKind.SCHOOL && count != 1) {
            return Optional.of(new BusinessException("campuses", "budget.beneficiary.campuses.SCHOOL"));
        }
        if (form.getKind() == BeneficiaryKind.CONSORTIUM && count < 2) {
            return Optional.of(new BusinessException("campuses", "budget.beneficiary.campuses.CONSORTIUM"));
        }
        return Optional.empty();
    }

    /** Why a budget cannot be saved: its year, its award, its agreement number. */
    public static Optional<BusinessException> refusal(BudgetForm form) {
        Optional<BusinessException> year = RateTableRule.yearRefusal(form.getCallYear());
        if (year.isPresent()) {
            return year;
        }
        BigDecimal awarded = form.getAwarded();
        if (awarded == null || awarded.signum() < 0 || awarded.compareTo(MAX_AWARD) > 0
                || awarded.stripTrailingZeros().scale() > GrantMoney.SCALE) {
            return Optional.of(new BusinessException("awarded", "budget.awardInvalid", MAX_AWARD.toPlainString()));
        }
        String agreement = form.getAgreementNumber() == null ? null : form.getAgreementNumber().strip();
        if (agreement != null && !agreement.isEmpty()
                && (agreement.length() > AGREEMENT_MAX || !AGREEMENT.matcher(agreement).matches())) {
            return Optional.of(new BusinessException("agreementNumber", "budget.agreementInvalid", AGREEMENT_MAX));
        }
        return Optional.empty();
    }

    /** Whether two beneficiaries share a campus (then they cannot both have a budget the same year). */
    public static boolean overlap(Collection<String> campuses, Collection<String> others) {
        return campuses.stream().anyMatch(others::contains);
    }
}
