package fr.faireess.mobility.host;

/** Public body, private company or non-profit organisation (association, foundation, NGO). */
public enum LegalStatus {
    PUBLIC, PRIVATE, NON_PROFIT;

    public String labelKey() {
        return "host.status." + name();
    }
}
