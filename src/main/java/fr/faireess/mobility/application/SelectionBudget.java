package fr.faireess.mobility.application;

import java.util.Optional;

import fr.faireess.mobility.identity.Account;

/**
 * The budget's word before a selection (the budget feature implements it: budgets sit above
 * applications and placements, which ask through this port).
 */
public interface SelectionBudget {

    /** The overrun this selection would cause, by the call's average planned grant; empty when within the award. */
    Optional<BudgetOverrun> overrunIfSelected(MobilityApplication application);

    /** Records in the budget's history that {@code actor} went past the award knowingly. */
    void recordOverrunAccepted(BudgetOverrun overrun, String what, Account actor);
}
