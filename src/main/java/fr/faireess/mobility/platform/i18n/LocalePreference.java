package fr.faireess.mobility.platform.i18n;

import java.util.Optional;

/**
 * The language remembered on the logged-in person's account (identity implements it: accounts sit
 * above the platform, so the language bean asks through this port rather than importing them).
 */
public interface LocalePreference {

    /** The logged-in person's remembered language code, if someone is logged in and chose one. */
    Optional<String> remembered();

    /** Remembers the language on the logged-in person's account; nothing when nobody is logged in. */
    void remember(String code);
}
