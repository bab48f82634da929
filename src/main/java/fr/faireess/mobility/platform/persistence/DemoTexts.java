package fr.faireess.mobility.platform.persistence;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.faireess.mobility.platform.config.SchoolYear;

/**
 * The tokens with which {@code db/demo} writes the dates and years it quotes in texts (call titles and
 * descriptions, audit details, agreement numbers), so that they move with the demo's calendar:
 * <ul>
 * <li>{@code {{year:2025}}} — a year label, moved by whole academic years ({@code 2026} one year on);</li>
 * <li>{@code {{ay:2026-2027}}} — an academic-year label, moved likewise ({@code 2027-2028});</li>
 * <li>{@code {{date:2026-12-04|d MMMM}}} — a day, moved by the demo's days and written in French with
 * the pattern after the bar ({@code yyyy-MM-dd} without one).</li>
 * </ul>
 * Rendered once, by {@link DemoCalendar}, right after the demo is loaded; rows find each other by the
 * token text during the load itself.
 */
public final class DemoTexts {

    private static final Pattern TOKEN = Pattern.compile("\\{\\{(year|ay|date):([0-9-]+)(?:\\|([^}]+))?}}");
    private static final Locale FRENCH = Locale.FRENCH;

    private DemoTexts() {
    }

    public static boolean hasToken(String text) {
        return text != null && TOKEN.matcher(text).find();
    }

    public static String render(String text, DemoCalendar.Shift shift) {
        if (text == null) {
            return null;
        }
        Matcher token = TOKEN.matcher(text);
        StringBuilder out = new StringBuilder();
        while (token.find()) {
            token.appendReplacement(out, Matcher.quoteReplacement(value(token.group(1), token.group(2), token.group(3), shift)));
        }
        token.appendTail(out);
        return out.toString();
    }

    private static String value(String kind, String argument, String pattern, DemoCalendar.Shift shift) {
        return switch (kind) {
            case "year" -> String.valueOf(Integer.parseInt(argument) + shift.years());
            case "ay" -> SchoolYear.shift(argument, shift.years());
            default -> DateTimeFormatter.ofPattern(pattern == null ? "yyyy-MM-dd" : pattern, FRENCH)
                    .format(LocalDate.parse(argument).plusDays(shift.days()));
        };
    }
}
