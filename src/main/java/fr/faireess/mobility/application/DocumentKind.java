package fr.faireess.mobility.application;

/** The documents of an application; one of each. */
public enum DocumentKind {
    CV, LETTER;

    public String labelKey() {
        return "application.document." + name();
    }
}
