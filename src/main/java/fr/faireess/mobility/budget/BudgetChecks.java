package fr.faireess.mobility.budget;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fr.faireess.mobility.application.BudgetOverrun;
import fr.faireess.mobility.application.MobilityApplication;
import fr.faireess.mobility.application.SelectionBudget;
import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.placement.ConfirmationBudget;
import fr.faireess.mobility.placement.Placement;

/** The budget's answers to the pages of applications and placements (the ports they declare). */
@ApplicationScoped
public class BudgetChecks implements SelectionBudget, ConfirmationBudget {

    @Inject private BudgetService budgets;

    @Override
    public Optional<BudgetOverrun> overrunIfSelected(MobilityApplication application) {
        return budgets.overrunIfSelected(application).map(BudgetOverrun.class::cast);
    }

    @Override
    public Optional<BudgetOverrun> overrunIfConfirmed(Placement placement) {
        return budgets.overrunIfConfirmed(placement).map(BudgetOverrun.class::cast);
    }

    @Override
    public void recordOverrunAccepted(BudgetOverrun overrun, String what, Account actor) {
        budgets.recordOverrunAccepted((BudgetService.Overrun) overrun, what, actor);
    }
}
