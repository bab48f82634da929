package fr.faireess.mobility.grant;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The beneficiaries (holders of a KA131 grant, kept by the budget feature above this one) as the
 * rate tables see them: a port that {@code budget.BudgetBeneficiaries} implements, so a rate table
 * can belong to a beneficiary without grant depending on budget.
 */
public interface GrantBeneficiaries {

    /** A beneficiary: its id, name and the campuses it sends students of. */
    record Ref(long id, String name, Set<String> campuses) implements Serializable {

        public boolean sendsFor(String campus) {
            return campus != null && campuses.contains(campus);
        }
    }

    /** The beneficiary holding the budget of {@code callYear} for a campus, and that budget's agreement number (or null). */
    record Budgeted(Ref beneficiary, String agreementNumber) {
    }

    /** Every beneficiary, by name. */
    List<Ref> all();

    Optional<Ref> find(long id);

    /** The beneficiary with a budget of {@code callYear} that sends students of {@code campus} (unique per year and campus). */
    Optional<Budgeted> budgetedFor(int callYear, String campus);

    /** The grant agreement number of a beneficiary's budget of {@code callYear}, if entered. */
    Optional<String> agreementNumber(long beneficiaryId, int callYear);
}
