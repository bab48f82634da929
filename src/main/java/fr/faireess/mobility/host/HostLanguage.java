package fr.faireess.mobility.host;

import java.util.Arrays;
import java.util.Locale;

/**
 * The language in which a host contact is written to and shown the pages they reach from a personal
 * link (a mentor signs the Learning Agreement, fills in the certificate). A contact whose language
 * is unknown gets English, the common language of Erasmus+ partners, rather than the schools' French.
 */
public enum HostLanguage {
    EN, FR, ES, CA, IT, DE, PT, NL;

    /** The ISO 639-1 code as stored ({@code es}) and as the bundles are suffixed ({@code mentor_es}). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Locale locale() {
        return Locale.forLanguageTag(code());
    }

    /** The language of {@code code}; English for an empty, unknown or unsupported one. */
    public static HostLanguage of(String code) {
        if (code == null) {
            return EN;
        }
        return Arrays.stream(values()).filter(l -> l.code().equalsIgnoreCase(code.strip())).findFirst().orElse(EN);
    }

    /** Whether {@code code} names one of these languages (a form's choice is checked with it). */
    public static boolean isSupported(String code) {
        return code != null && Arrays.stream(values()).anyMatch(l -> l.code().equals(code));
    }
}
