package fr.faireess.mobility.module;

/** One student's attendance at one session. Only {@link #PRESENT} counts towards completion. */
public enum AttendanceStatus {
    PRESENT,
    ABSENT,
    EXCUSED;

    public String labelKey() {
        return "module.attendance." + name();
    }
}
