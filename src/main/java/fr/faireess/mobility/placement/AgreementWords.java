package fr.faireess.mobility.placement;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

import fr.faireess.mobility.host.HostSize;
import fr.faireess.mobility.host.HostType;
import fr.faireess.mobility.identity.Gender;
import fr.faireess.mobility.platform.i18n.Messages;
import fr.faireess.mobility.reference.Country;

/**
 * Codes turned into the words the EU documents print, in one language: a language code and a CEFR
 * level ("Spanish B2", "Espagnol B2"), a country, a gender, an organisation's size and sector, a
 * study cycle, an ISCED-F field; and the small joins that keep a missing part from leaving debris
 * ("null", a dangling separator). Plain Java over the bundles: tested without a server.
 */
public final class AgreementWords {

    private AgreementWords() {
    }

    /** The language's name in {@code locale}, capitalised, then the CEFR level if any; empty without a code. */
    public static String language(String code, String level, Locale locale) {
        if (!present(code)) {
            return "";
        }
        String name = Locale.forLanguageTag(code.strip()).getDisplayLanguage(locale);
        if (!present(name) || name.equalsIgnoreCase(code.strip())) {
            name = Messages.text(locale, "la.language.unknown");
        }
        return join(" ", capitalise(name, locale), level);
    }

    /**
     * The country's name in {@code locale}: the reference data's French or English name, else the
     * JDK's name for its ISO code in that language (Spanish "España"), else the English name.
     */
    public static String country(Country country, Locale locale) {
        if (country == null) {
            return "";
        }
        String language = locale.getLanguage();
        if (language.equals("fr") || language.equals("en")) {
            return country.name(locale);
        }
        String name = new Locale("", country.getCode()).getDisplayCountry(locale);
        return name.isBlank() || name.equalsIgnoreCase(country.getCode()) ? country.name(Locale.ENGLISH) : name;
    }

    public static String gender(Gender gender, Locale locale) {
        return gender == null ? "" : Messages.text(locale, "la.gender." + gender.name());
    }

    public static String size(HostSize size, Locale locale) {
        return size == null ? "" : Messages.text(locale, "la.size." + size.name());
    }

    /** The NACE sector a host of this type works in, code and words ("Q88.91 — Child day-care activities"). */
    public static String sector(HostType type, Locale locale) {
        return type == null ? "" : Messages.text(locale, "la.sector." + type.name());
    }

    /** The study cycle of an EQF level ("Bachelor or equivalent first cycle (EQF level 6)"). */
    public static String studyCycle(int eqfLevel, Locale locale) {
        String key = "la.cycle." + eqfLevel;
        String text = Messages.text(locale, key);
        return text.equals(key) ? Messages.text(locale, "la.cycle.other", eqfLevel) : text;
    }

    /** An ISCED-F code with its field's name when the bundle knows it ("0923 — Social work and counselling"). */
    public static String iscedField(String code, Locale locale) {
        return present(code) ? join(" — ", code, iscedName(code, locale)) : "";
    }

    /** The name of an ISCED-F field, empty when the bundle does not know the code. */
    public static String iscedName(String code, Locale locale) {
        if (!present(code)) {
            return "";
        }
        String key = "la.isced." + code.strip();
        String name = Messages.text(locale, key);
        return name.equals(key) ? "" : name;
    }

    public static String yesNo(boolean value, Locale locale) {
        return Messages.text(locale, value ? "la.yes" : "la.no");
    }

    /** The first language, then the other when it says something else ("Espagne / España", but "France"). */
    public static String bilingual(String english, String other) {
        if (!present(english)) {
            return present(other) ? other : "";
        }
        return !present(other) || english.equals(other) ? english : english + " / " + other;
    }

    /** The parts that say something, separated by {@code separator}; empty when none does. */
    public static String join(String separator, String... parts) {
        return Arrays.stream(parts).filter(AgreementWords::present).map(String::strip)
                .collect(Collectors.joining(separator));
    }

    public static boolean present(String text) {
        return text != null && !text.isBlank() && !"null".equals(text.strip());
    }

    private static String capitalise(String name, Locale locale) {
        Objects.requireNonNull(name);
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
