package fr.faireess.mobility.application;

import java.io.Serializable;

/**
 * A decision that would take a budget past its award, as the budget feature computed it (its
 * {@code BudgetService.Overrun} implements this): pages below the budget hold it and hand it back.
 */
public interface BudgetOverrun extends Serializable {
}
