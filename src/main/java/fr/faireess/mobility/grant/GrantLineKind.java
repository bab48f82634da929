package fr.faireess.mobility.grant;

/** The parts of a grant, in the order the grant is shown and exported. */
public enum GrantLineKind {
    /** The monthly rate of the receiving country's group. */
    BASE,
    /** Traineeship top-up, per month (not for international mobility). */
    TRAINEESHIP,
    /** Fewer-opportunities top-up, per month. */
    FEWER_OPPORTUNITIES,
    /** Green travel top-up, once (for those without travel support). */
    GREEN_TRAVEL,
    /** Travel support of the distance band, once. */
    TRAVEL_SUPPORT,
    /** Travel support of the distance band for green travel, once. */
    GREEN_TRAVEL_SUPPORT;

    public boolean isOneOff() {
        return this == GREEN_TRAVEL || isTravelSupport();
    }

    public boolean isTravelSupport() {
        return this == TRAVEL_SUPPORT || this == GREEN_TRAVEL_SUPPORT;
    }

    public String labelKey() {
        return "grant.line." + name();
    }
}
