package fr.faireess.mobility.host;

/** The kind of structure, as students filter it and as the EU reporting groups it. */
public enum HostType {
    CHILD_PROTECTION, DISABILITY, EARLY_CHILDHOOD, SOCIAL_SERVICES, HEALTH, NGO, SCHOOL, OTHER;

    public String labelKey() {
        return "host.type." + name();
    }
}
