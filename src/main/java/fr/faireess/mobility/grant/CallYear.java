package fr.faireess.mobility.grant;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which Erasmus+ call year funds a placement: the mobilities of academic year {@code N-(N+1)} are
 * paid from the KA131 project of call {@code N} (it starts on 1 June N and covers that academic
 * year). A simplification kept in this one place: a school that pays some mobilities from an older
 * project would need a per-call choice instead.
 */
public final class CallYear {

    private static final Pattern ACADEMIC_YEAR = Pattern.compile("(\\d{4})-(\\d{4})");

    private CallYear() {
    }

    /** The call year of an academic year code such as {@code 2025-2026}. */
    public static Optional<Integer> of(String academicYearCode) {
        if (academicYearCode == null) {
            return Optional.empty();
        }
        Matcher m = ACADEMIC_YEAR.matcher(academicYearCode);
        return m.matches() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    /** The academic year whose mobilities call {@code year} funds. */
    public static String academicYear(int year) {
        return year + "-" + (year + 1);
    }
}
