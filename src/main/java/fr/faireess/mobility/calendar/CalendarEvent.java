package fr.faireess.mobility.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One event of a feed: either a whole day ({@code day}) or a moment ({@code start}, the module's
 * sessions, which have a start time and no end). {@code uid} names the event for good, so that a
 * calendar updates it in place when its date or text changes.
 */
public record CalendarEvent(String uid, String summary, String description, String location, LocalDate day,
                            Instant start) {

    public CalendarEvent {
        Objects.requireNonNull(uid);
        Objects.requireNonNull(summary);
        if ((day == null) == (start == null)) {
            throw new IllegalArgumentException("An event is a whole day or a moment: " + uid);
        }
    }

    public static CalendarEvent allDay(String uid, LocalDate day, String summary, String description) {
        return new CalendarEvent(uid, summary, description, null, day, null);
    }

    public static CalendarEvent at(String uid, Instant start, String summary, String description, String location) {
        return new CalendarEvent(uid, summary, description, location, null, start);
    }
}
