package fr.faireess.mobility.testimony;

/** Whose consent a record holds. */
public enum PersonKind {
    /** A student author, who consents in the application. */
    AUTHOR,
    /** Someone shown or named who is not an author, recorded by a coordinator with the signed form. */
    THIRD_PARTY,
    /** The guardian of a minor shown or named, recorded the same way. */
    GUARDIAN;

    public String labelKey() {
        return "testimony.consent.kind." + name();
    }
}
