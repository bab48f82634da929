package fr.faireess.mobility.module;

/** The three movements of Cohen-Emerique's intercultural approach that a session works on. */
public enum Movement {
    DECENTRATION,
    DISCOVERY_OF_OTHER_FRAME,
    NEGOTIATION_MEDIATION;

    public String labelKey() {
        return "module.movement." + name();
    }
}
