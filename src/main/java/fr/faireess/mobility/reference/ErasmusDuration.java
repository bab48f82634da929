package fr.faireess.mobility.reference;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Duration of a long-term Erasmus+ mobility as the EU Beneficiary Module counts it ("Duration
 * Calculated (days)" in KA131): a 360-day year of 30-day months, where the 31st counts as the 30th.
 * {@code days = (Y2-Y1)*360 + (M2-M1)*30 + (d2' - d1') + 1}. So 1 Jan 2023 → 15 Apr 2023 is
 * 105 days, and 1 Sep → 31 Aug of the next year is 360 days: exactly twelve months.
 *
 * <p>The one place of this arithmetic; the 60-day minimum and the 12-month maximum of a long-term
 * traineeship are checked on this count (Programme Guide, verify each call year).
 */
public final class ErasmusDuration {

    /** The Beneficiary Module's month: funded months and extra days are counted in 30-day months. */
    public static final int DAYS_PER_MONTH = 30;
    /** Shortest long-term physical traineeship, in days. */
    public static final int MIN_DAYS = 60;
    /** Longest mobility, and longest total per study cycle: twelve 30-day months. */
    public static final int MAX_DAYS = 360;

    private ErasmusDuration() {
    }

    /** Days from {@code start} to {@code end}, both included; {@code end} must not be before {@code start}. */
    public static int days(LocalDate start, LocalDate end) {
        Objects.requireNonNull(start);
        Objects.requireNonNull(end);
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end " + end + " is before start " + start);
        }
        return (end.getYear() - start.getYear()) * 360
                + (end.getMonthValue() - start.getMonthValue()) * 30
                + (day(end) - day(start)) + 1;
    }

    /**
     * Actual calendar days from {@code start} to {@code end}, both included: the BM's count for a
     * mobility that is not long-term.
     */
    public static int calendarDays(LocalDate start, LocalDate end) {
        Objects.requireNonNull(start);
        Objects.requireNonNull(end);
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end " + end + " is before start " + start);
        }
        return (int) java.time.temporal.ChronoUnit.DAYS.between(start, end) + 1;
    }

    /**
     * The Beneficiary Module's "long-term" flag of a student traineeship: planned for at least the
     * {@value #MIN_DAYS}-day minimum (a stay cut short by force majeure stays long-term).
     */
    public static boolean isLongTerm(int plannedDays) {
        return plannedDays >= MIN_DAYS;
    }

    private static int day(LocalDate date) {
        return Math.min(date.getDayOfMonth(), 30);
    }
}
