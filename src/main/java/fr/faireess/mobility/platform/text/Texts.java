package fr.faireess.mobility.platform.text;

/** Small text rules every form and filter shares (one home instead of a private copy per class). */
public final class Texts {

    private Texts() {
    }

    /** Null for a missing or blank text, otherwise the text without its surrounding spaces. */
    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
