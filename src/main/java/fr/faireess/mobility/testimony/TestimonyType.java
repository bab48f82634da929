package fr.faireess.mobility.testimony;

/** What kind of work a testimony is. */
public enum TestimonyType {
    FILM, ARTICLE, PHOTO_REPORT, PRESENTATION, PODCAST, OTHER;

    public String labelKey() {
        return "testimony.type." + name();
    }
}
