package fr.faireess.mobility.module;

/** How a module session is run. */
public enum SessionFormat {
    LECTURE,
    WORKSHOP,
    INTERNATIONAL_EXCHANGE,
    VIDEO_CONFERENCE,
    FIELD_VISIT;

    public String labelKey() {
        return "module.format." + name();
    }
}
