package fr.faireess.mobility.module;

/** Who a foreign guest of a session is. */
public enum GuestRole {
    STUDENT,
    TRAINER,
    PROFESSIONAL;

    public String labelKey() {
        return "module.guestRole." + name();
    }
}
