package fr.faireess.mobility.platform.config;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The French academic year: from 1 September to 31 August, labelled by its two calendar years
 * ({@code 2026-2027}). The one place its arithmetic lives: the module's cohorts, the reference table's
 * next years and the demo calendar all read it here.
 */
public final class SchoolYear {

    private static final Pattern CODE = Pattern.compile("(\\d{4})-(\\d{4})");
    private static final int SEPTEMBER = 9;

    private SchoolYear() {
    }

    /** One academic year: its label and its first and last days. */
    public record Span(String code, LocalDate startsOn, LocalDate endsOn) {
    }

    /** The first calendar year of the academic year holding {@code day}: 2026 for 28 November 2026 and for 15 May 2027. */
    public static int firstYearOf(LocalDate day) {
        return day.getMonthValue() >= SEPTEMBER ? day.getYear() : day.getYear() - 1;
    }

    /** The label of the academic year holding {@code day}. */
    public static String of(LocalDate day) {
        return label(firstYearOf(day));
    }

    /** The label of the academic year starting in September of {@code firstYear}. */
    public static String label(int firstYear) {
        return firstYear + "-" + (firstYear + 1);
    }

    /** The first calendar year of a label; refuses anything but two consecutive years. */
    public static int firstYear(String code) {
        Matcher m = CODE.matcher(Objects.requireNonNull(code));
        if (!m.matches() || Integer.parseInt(m.group(2)) != Integer.parseInt(m.group(1)) + 1) {
            throw new IllegalArgumentException("not an academic year: " + code);
        }
        return Integer.parseInt(m.group(1));
    }

    /** {@code code} moved by {@code years} (negative: earlier). */
    public static String shift(String code, int years) {
        return label(firstYear(code) + years);
    }

    /** The academic year holding {@code day}: 1 September to 31 August. */
    public static Span containing(LocalDate day) {
        return following(LocalDate.of(firstYearOf(day), SEPTEMBER, 1).minusDays(1));
    }

    /** The year right after one that ends on {@code lastEnd}: from the next day, for one year. */
    public static Span following(LocalDate lastEnd) {
        LocalDate start = lastEnd.plusDays(1);
        return new Span(label(start.getYear()), start, start.plusYears(1).minusDays(1));
    }
}
