package fr.faireess.mobility.identity;

/**
 * A participant's gender as the Erasmus+ Beneficiary Module records it (female, male, or undefined
 * for a person who does not identify as either or prefers not to say).
 */
public enum Gender {
    FEMALE, MALE, UNDEFINED;

    public String labelKey() {
        return "participant.gender." + name();
    }
}
