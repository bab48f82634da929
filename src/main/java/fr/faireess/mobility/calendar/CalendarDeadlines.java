package fr.faireess.mobility.calendar;

import java.time.LocalDate;

/**
 * The dates a feed shows besides departures and returns, in plain Java. The Learning Agreement is
 * signed by the three parties before departure, so its deadline is the planned start of the
 * first version (an amendment during the stay has none of its own). The receiving organisation
 * issues the certificate within five weeks after the end (Table C of the agreement).
 */
public final class CalendarDeadlines {

    static final int CERTIFICATE_WEEKS = 5;

    /** How far back a feed goes: a year of past events is enough for anyone's calendar. */
    static final int HISTORY_DAYS = 365;

    private CalendarDeadlines() {
    }

    public static LocalDate signatureDue(LocalDate plannedStart) {
        return plannedStart;
    }

    public static LocalDate certificateDue(LocalDate plannedEnd) {
        return plannedEnd.plusWeeks(CERTIFICATE_WEEKS);
    }

    /** The first day a feed shows on {@code today}. */
    public static LocalDate since(LocalDate today) {
        return today.minusDays(HISTORY_DAYS);
    }
}
