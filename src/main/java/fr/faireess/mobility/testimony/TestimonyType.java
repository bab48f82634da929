package fr.faireess.mobility.testimony;

/** What kind of work a testimony is. */
public enum TestimonyType {
    FILM("pi-video"), ARTICLE("pi-file-edit"), PHOTO_REPORT("pi-images"), PRESENTATION("pi-desktop"),
    PODCAST("pi-microphone"), OTHER("pi-star");

    private final String icon;

    TestimonyType(String icon) {
        this.icon = icon;
    }

    /** The PrimeIcons class shown on the showcase's cards. */
    public String icon() {
        return icon;
    }

    public String labelKey() {
        return "testimony.type." + name();
    }
}
