package fr.faireess.mobility.budget.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.faireess.mobility.budget.BudgetService.Overrun;
import fr.faireess.mobility.platform.i18n.Formats;
import fr.faireess.mobility.platform.i18n.LanguageBean;
import fr.faireess.mobility.platform.i18n.Messages;

/** {@code #{budgetWarningText.of(key, overrun)}}: the budget warning's sentence, amounts in euros, in the reader's language. */
@Named
@RequestScoped
public class BudgetWarningText {

    @Inject private LanguageBean language;
    @Inject private Formats formats;

    public String of(String key, Overrun overrun) {
        return Messages.text(language.getLocale(), key, formats.euros(overrun.adding()), String.valueOf(overrun.callYear()),
                overrun.beneficiary(), formats.euros(overrun.figures().remaining()), formats.euros(overrun.remainingAfter()));
    }
}
