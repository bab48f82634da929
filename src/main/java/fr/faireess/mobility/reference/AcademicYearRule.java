package fr.faireess.mobility.reference;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.faireess.mobility.platform.config.SchoolYear;
import fr.faireess.mobility.platform.error.BusinessException;

/**
 * What a new academic year must be. Its label names two consecutive years ({@code 2027-2028}), its
 * dates fall in those years and span exactly one year (the module's cohort arithmetic and the
 * "academic year of a day" both count whole years from 1 September), it overlaps no existing year,
 * and it starts the day after the last one ends — so the table never has a hole a placement or a
 * session could fall into.
 */
public final class AcademicYearRule {

    private static final Pattern CODE = Pattern.compile("(\\d{4})-(\\d{4})");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private AcademicYearRule() {
    }

    /** Why {@code form} cannot be added after the {@code existing} years; field names are those of the page. */
    public static Optional<BusinessException> refusal(AcademicYearForm form, List<AcademicYear> existing) {
        String code = form.codeStripped();
        if (code == null || code.isEmpty()) {
            return Optional.of(new BusinessException("code", "reference.year.codeRequired"));
        }
        Matcher label = CODE.matcher(code);
        if (!label.matches() || Integer.parseInt(label.group(2)) != Integer.parseInt(label.group(1)) + 1) {
            return Optional.of(new BusinessException("code", "reference.year.codeInvalid"));
        }
        for (AcademicYear year : existing) {
            if (year.getCode().equals(code)) {
                return Optional.of(new BusinessException("code", "reference.year.codeTaken", code));
            }
        }
        int firstYear = Integer.parseInt(label.group(1));
        LocalDate start = form.getStartsOn();
        LocalDate end = form.getEndsOn();
        if (start == null) {
            return Optional.of(new BusinessException("startsOn", "reference.year.startRequired"));
        }
        if (end == null) {
            return Optional.of(new BusinessException("endsOn", "reference.year.endRequired"));
        }
        if (!start.isBefore(end)) {
            return Optional.of(new BusinessException("endsOn", "reference.year.endNotAfterStart"));
        }
        if (start.getYear() != firstYear) {
            return Optional.of(new BusinessException("startsOn", "reference.year.startNotInLabel", code, String.valueOf(firstYear)));
        }
        if (end.getYear() != firstYear + 1) {
            return Optional.of(new BusinessException("endsOn", "reference.year.endNotInLabel", code, String.valueOf(firstYear + 1)));
        }
        LocalDate oneYearLater = lastDayOfYearFrom(start);
        if (!end.equals(oneYearLater)) {
            return Optional.of(new BusinessException("endsOn", "reference.year.notOneYear", DAY.format(oneYearLater)));
        }
        for (AcademicYear year : existing) {
            if (!start.isAfter(year.getEndsOn()) && !end.isBefore(year.getStartsOn())) {
                return Optional.of(new BusinessException("startsOn", "reference.year.overlaps", year.getCode(),
                        DAY.format(year.getStartsOn()), DAY.format(year.getEndsOn())));
            }
        }
        Optional<AcademicYear> last = last(existing);
        if (last.isPresent() && !start.equals(last.get().getEndsOn().plusDays(1))) {
            return Optional.of(new BusinessException("startsOn", "reference.year.notConsecutive", last.get().getCode(),
                    DAY.format(last.get().getEndsOn().plusDays(1))));
        }
        return Optional.empty();
    }

    /**
     * The year that would follow the {@code existing} ones, as a starting point for the form: the day
     * after the last one ends, for one year. With no year at all, the one containing {@code today}.
     */
    public static AcademicYearForm next(List<AcademicYear> existing, LocalDate today) {
        SchoolYear.Span next = last(existing).map(y -> SchoolYear.following(y.getEndsOn()))
                .orElseGet(() -> SchoolYear.containing(today));
        return new AcademicYearForm(next.code(), next.startsOn(), next.endsOn());
    }

    private static LocalDate lastDayOfYearFrom(LocalDate start) {
        return start.plusYears(1).minusDays(1);
    }

    private static Optional<AcademicYear> last(List<AcademicYear> existing) {
        return existing.stream().max(Comparator.comparing(AcademicYear::getEndsOn));
    }
}
