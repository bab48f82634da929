package fr.faireess.mobility.platform.api;

import java.util.List;
import java.util.Locale;

/**
 * The language of the API's messages: the first of the caller's {@code Accept-Language} that the
 * application speaks (French or English), French when none is (French first, like the pages).
 */
public final class ApiLanguage {

    private ApiLanguage() {
    }

    public static Locale of(List<Locale> acceptable) {
        if (acceptable != null) {
            for (Locale locale : acceptable) {
                if ("fr".equals(locale.getLanguage())) {
                    return Locale.FRENCH;
                }
                if ("en".equals(locale.getLanguage())) {
                    return Locale.ENGLISH;
                }
            }
        }
        return Locale.FRENCH;
    }
}
