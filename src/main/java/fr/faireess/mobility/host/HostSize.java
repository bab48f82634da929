package fr.faireess.mobility.host;

/**
 * Organisation size as the Erasmus+ Beneficiary Module asks it: at most 250 staff (small), or more.
 */
public enum HostSize {
    SMALL, LARGE;

    public String labelKey() {
        return "host.size." + name();
    }
}
