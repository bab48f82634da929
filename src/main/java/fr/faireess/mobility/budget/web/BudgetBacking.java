package fr.faireess.mobility.budget.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.faireess.mobility.budget.BudgetFigures;
import fr.faireess.mobility.budget.BudgetService;
import fr.faireess.mobility.budget.BudgetService.BudgetLine;
import fr.faireess.mobility.identity.CurrentUser;

/**
 * Backs {@code /admin/budget/index.xhtml} and {@code /coordinator/budget/index.xhtml}: the budgets of
 * one call year ({@code ?year=}, else the latest with a budget the viewer sees), each with its
 * figures, and their total.
 */
@Named
@ViewScoped
public class BudgetBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private BudgetService budgets;
    @Inject private CurrentUser currentUser;

    private Integer year;
    private transient List<Integer> years;
    private transient List<BudgetLine> lines;

    public List<Integer> getYears() {
        if (years == null) {
            years = budgets.callYears(currentUser.get());
        }
        return years;
    }

    /** The year shown: the one asked for, else the latest budgeted one; null when nothing is budgeted. */
    public Integer getShownYear() {
        return year != null ? year : getYears().stream().findFirst().orElse(null);
    }

    public List<BudgetLine> getLines() {
        if (lines == null) {
            Integer shown = getShownYear();
            lines = shown == null ? List.of() : budgets.lines(shown, currentUser.get());
        }
        return lines;
    }

    public BudgetFigures getTotal() {
        return BudgetService.total(getLines());
    }

    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
}
