package fr.faireess.mobility.placement.web;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.faireess.mobility.host.HostLanguage;
import fr.faireess.mobility.platform.i18n.LanguageBean;

/** The language switch of the mentor's pages: every host language, each named in itself ("Deutsch"). */
@Named
@RequestScoped
public class MentorLanguages {

    @Inject private LanguageBean language;

    public List<HostLanguage> getAll() {
        return List.of(HostLanguage.values());
    }

    public String name(HostLanguage host) {
        String name = host.locale().getDisplayLanguage(host.locale());
        return name.substring(0, 1).toUpperCase(host.locale()) + name.substring(1);
    }

    public boolean isCurrent(HostLanguage host) {
        return host.code().equals(language.getPageCode());
    }

    /** A working language code ("es") named in the page's language. */
    public String language(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        Locale page = language.getLocale();
        String name = Locale.forLanguageTag(code).getDisplayLanguage(page);
        return name.isEmpty() ? code : name.substring(0, 1).toUpperCase(page) + name.substring(1);
    }
}
