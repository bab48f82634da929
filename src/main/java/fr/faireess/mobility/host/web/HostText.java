package fr.faireess.mobility.host.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.faireess.mobility.host.HostLanguage;
import fr.faireess.mobility.platform.i18n.LanguageBean;
import fr.faireess.mobility.platform.i18n.Messages;
import fr.faireess.mobility.reference.Country;

/** Host pages' labels that depend on the interface language: language names, countries with their group. */
@Named
@RequestScoped
public class HostText {

    @Inject
    private LanguageBean language;

    /** "es" as "Espagnol" (or "Spanish"), from the JDK's own names. */
    public String language(String code) {
        Locale locale = language.getLocale();
        String name = Locale.forLanguageTag(code).getDisplayLanguage(locale);
        if (name.isEmpty() || name.equals(code)) {
            return code;
        }
        return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    /** The languages a host contact may be written to in, English (the default) first. */
    public List<String> getContactLanguages() {
        return Arrays.stream(HostLanguage.values()).map(HostLanguage::code).toList();
    }

    public String languages(List<String> codes) {
        return codes.stream().map(this::language).collect(Collectors.joining(", "));
    }

    public String country(Country country) {
        return country == null ? "" : country.name(language.getLocale());
    }

    /** The Erasmus+ group of the country, as shown next to it. */
    public String group(Country country) {
        return country == null ? "" : Messages.text(language.getLocale(), "host.group." + country.getErasmusGroup().name());
    }
}
