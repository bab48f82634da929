package fr.faireess.mobility.grant;

/** The parts of the individual support, in the order the grant is shown and exported. */
public enum GrantLineKind {
    /** The monthly rate of the receiving country's group. */
    BASE,
    /** Traineeship top-up, per month (not for international mobility). */
    TRAINEESHIP,
    /** Fewer-opportunities top-up, per month. */
    FEWER_OPPORTUNITIES,
    /** Green travel, once. */
    GREEN_TRAVEL;

    public boolean isOneOff() {
        return this == GREEN_TRAVEL;
    }

    public String labelKey() {
        return "grant.line." + name();
    }
}
