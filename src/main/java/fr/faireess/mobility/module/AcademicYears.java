package fr.faireess.mobility.module;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import fr.faireess.mobility.platform.config.SchoolYear;

/**
 * Academic-year arithmetic for cohorts. Accounts only know a student's study year <em>now</em>; a
 * session of an earlier year was for the students who were then in that cohort, i.e. who are now
 * as many years further. A French academic year runs from 1 September to 31 August.
 */
public final class AcademicYears {

    private AcademicYears() {
    }

    /** The academic year containing {@code day}, e.g. {@code 2026-2027} for 28 November 2026. */
    public static String of(LocalDate day) {
        return SchoolYear.of(day);
    }

    /** The first day of {@code code}: 1 September of its first year. */
    public static LocalDate startOf(String code) {
        return LocalDate.of(startYear(code), 9, 1);
    }

    /** The last day of {@code code}: 31 August of its second year. */
    public static LocalDate endOf(String code) {
        return LocalDate.of(startYear(code) + 1, 8, 31);
    }

    /** {@code code} moved by {@code years} (negative: earlier). */
    public static String shift(String code, int years) {
        return SchoolYear.shift(code, years);
    }

    /** How many years {@code later} comes after {@code earlier} (negative if before). */
    public static int distance(String earlier, String later) {
        return startYear(later) - startYear(earlier);
    }

    /**
     * The study year a student now in {@code studyYearNow} was in during {@code year}, or 0 if they
     * were not yet (or no longer) in training then.
     */
    public static int studyYearIn(String year, String currentYear, int studyYearNow) {
        int then = studyYearNow - distance(year, currentYear);
        return then >= 1 && then <= 3 ? then : 0;
    }

    /** The (academic year, study year) cohorts a student has belonged to, the current one first. */
    public static List<CohortYear> cohortsOf(String currentYear, int studyYearNow) {
        List<CohortYear> cohorts = new ArrayList<>();
        for (int year = studyYearNow; year >= 1; year--) {
            cohorts.add(new CohortYear(shift(currentYear, year - studyYearNow), year));
        }
        return cohorts;
    }

    private static int startYear(String code) {
        return SchoolYear.firstYear(code);
    }

    /** A student's place in a given academic year. */
    public record CohortYear(String academicYear, int studyYear) {
    }
}
