package fr.faireess.mobility.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes an iCalendar stream (RFC 5545) by hand — the handful of properties a feed needs do not
 * deserve a library: lines end in CRLF and are folded at 75 octets (never inside a UTF-8
 * character); text values escape backslash, semicolon, comma and line breaks; moments are written
 * in UTC, whole days as {@code VALUE=DATE} (so no VTIMEZONE is needed); {@code DTSTAMP} is the
 * application's clock.
 */
public final class ICalendar {

    static final String CRLF = "\r\n";
    static final int MAX_OCTETS = 75;
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private ICalendar() {
    }

    public static String write(String name, Instant stamp, List<CalendarEvent> events) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//FAIRE-ESS//Mobilite FAIRE-ESS//FR");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + escape(name));
        line(out, "X-WR-TIMEZONE:Europe/Paris");
        for (CalendarEvent event : events) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + escape(event.uid()));
            line(out, "DTSTAMP:" + UTC.format(stamp));
            if (event.day() != null) {
                line(out, "DTSTART;VALUE=DATE:" + DAY.format(event.day()));
                line(out, "DTEND;VALUE=DATE:" + DAY.format(event.day().plusDays(1)));
                line(out, "TRANSP:TRANSPARENT");
            } else {
                line(out, "DTSTART:" + UTC.format(event.start()));
            }
            line(out, "SUMMARY:" + escape(event.summary()));
            if (event.description() != null && !event.description().isBlank()) {
                line(out, "DESCRIPTION:" + escape(event.description()));
            }
            if (event.location() != null && !event.location().isBlank()) {
                line(out, "LOCATION:" + escape(event.location()));
            }
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /**
     * A TEXT value (RFC 5545, 3.3.11): backslash, semicolon and comma escaped, any line break as
     * {@code \n}; other control characters (not allowed in a content line) dropped.
     */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case ',' -> out.append("\\,");
                case '\r' -> {
                    out.append("\\n");
                    if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                case '\n' -> out.append("\\n");
                default -> {
                    if ((c >= 0x20 && c != 0x7f) || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * One content line, folded (RFC 5545, 3.1): no physical line longer than 75 octets of UTF-8
     * before its CRLF; each continuation starts with a space, which counts in its 75.
     */
    static String fold(String line) {
        StringBuilder out = new StringBuilder(line.length() + 8);
        int octets = 0;
        int i = 0;
        while (i < line.length()) {
            int codePoint = line.codePointAt(i);
            int width = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + width > MAX_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += width;
            i += Character.charCount(codePoint);
        }
        return out.append(CRLF).toString();
    }

    private static void line(StringBuilder out, String contentLine) {
        out.append(fold(contentLine));
    }
}
