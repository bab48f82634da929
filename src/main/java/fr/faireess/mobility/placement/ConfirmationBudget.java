package fr.faireess.mobility.placement;

import java.util.Optional;

import fr.faireess.mobility.application.BudgetOverrun;
import fr.faireess.mobility.identity.Account;

/** The budget's word before a placement is confirmed (implemented by the budget feature, which sits above). */
public interface ConfirmationBudget {

    /** The overrun confirming this proposed placement would cause; empty when within the award or not proposed. */
    Optional<BudgetOverrun> overrunIfConfirmed(Placement placement);

    /** Records in the budget's history that {@code actor} went past the award knowingly. */
    void recordOverrunAccepted(BudgetOverrun overrun, String what, Account actor);
}
