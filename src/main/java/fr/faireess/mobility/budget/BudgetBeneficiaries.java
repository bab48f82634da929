package fr.faireess.mobility.budget;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fr.faireess.mobility.grant.GrantBeneficiaries;

/** The beneficiaries and their budgets as the rate tables see them (grant's port). */
@ApplicationScoped
public class BudgetBeneficiaries implements GrantBeneficiaries {

    @Inject private BeneficiaryService beneficiaries;

    @Override
    public List<Ref> all() {
        return beneficiaries.all().stream().map(BudgetBeneficiaries::ref).toList();
    }

    @Override
    public Optional<Ref> find(long id) {
        return beneficiaries.find(id).map(BudgetBeneficiaries::ref);
    }

    @Override
    public Optional<Budgeted> budgetedFor(int callYear, String campus) {
        return beneficiaries.budgetFor(callYear, campus).map(b -> new Budgeted(ref(b.getBeneficiary()), b.getAgreementNumber()));
    }

    @Override
    public Optional<String> agreementNumber(long beneficiaryId, int callYear) {
        return beneficiaries.budgetsOf(callYear).stream().filter(b -> b.getBeneficiary().getId() == beneficiaryId)
                .map(Budget::getAgreementNumber).filter(n -> n != null && !n.isBlank()).findFirst();
    }

    private static Ref ref(Beneficiary b) {
        return new Ref(b.getId(), b.getName(), Set.copyOf(b.getCampuses()));
    }
}
