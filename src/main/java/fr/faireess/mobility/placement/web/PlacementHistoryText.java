package fr.faireess.mobility.placement.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.faireess.mobility.placement.PlacementAuditText;
import fr.faireess.mobility.platform.audit.AuditEntry;
import fr.faireess.mobility.platform.i18n.Formats;
import fr.faireess.mobility.platform.i18n.LanguageBean;
import fr.faireess.mobility.platform.i18n.Messages;

/** {@code #{placementHistory.detail(e)}}: a placement history line's detail in the reader's language. */
@Named("placementHistory")
@RequestScoped
public class PlacementHistoryText {

    @Inject private LanguageBean language;
    @Inject private Formats formats;

    public String detail(AuditEntry entry) {
        return PlacementAuditText.detail(entry.getAction(), entry.getDetail(),
                (key, args) -> Messages.text(language.getLocale(), key, args), formats::day);
    }
}
