package fr.faireess.mobility.placement;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;

import fr.faireess.mobility.platform.error.BusinessException;
import fr.faireess.mobility.reference.ErasmusDuration;

/**
 * The Erasmus+ duration rules of a long-term traineeship, on the EU's day count
 * ({@link ErasmusDuration}): at least {@value ErasmusDuration#MIN_DAYS} days, at most
 * {@value ErasmusDuration#MAX_DAYS} (12 months), and the student's total Erasmus+ mobility in the
 * study cycle at most {@value ErasmusDuration#MAX_DAYS} days. Refusals name the figures.
 */
public final class PlacementDuration {

    private PlacementDuration() {
    }

    /** A period, both ends included. */
    public record Period(LocalDate start, LocalDate end) {
        public int days() {
            return ErasmusDuration.days(start, end);
        }
    }

    /**
     * Why {@code start → end} is refused, given the days the student's other placements already
     * count in the cycle; the message goes next to {@code startField} or {@code endField}.
     */
    public static Optional<BusinessException> refusal(LocalDate start, LocalDate end, int otherDaysInCycle,
                                                      String startField, String endField) {
        if (start == null) {
            return Optional.of(new BusinessException(startField, "placement.period.startRequired"));
        }
        if (end == null) {
            return Optional.of(new BusinessException(endField, "placement.period.endRequired"));
        }
        if (end.isBefore(start)) {
            return Optional.of(new BusinessException(endField, "placement.period.endBeforeStart"));
        }
        int days = ErasmusDuration.days(start, end);
        if (days < ErasmusDuration.MIN_DAYS) {
            return Optional.of(new BusinessException(endField, "placement.period.tooShort", days, ErasmusDuration.MIN_DAYS));
        }
        if (days > ErasmusDuration.MAX_DAYS) {
            return Optional.of(new BusinessException(endField, "placement.period.tooLong", days, ErasmusDuration.MAX_DAYS));
        }
        int total = otherDaysInCycle + days;
        if (total > ErasmusDuration.MAX_DAYS) {
            return Optional.of(new BusinessException(endField, "placement.period.cycleExceeded", days, total,
                    ErasmusDuration.MAX_DAYS, otherDaysInCycle));
        }
        return Optional.empty();
    }

    /** Days still available in the study cycle once {@code usedDays} are counted (never negative). */
    public static int remainingInCycle(int usedDays) {
        return Math.max(0, ErasmusDuration.MAX_DAYS - usedDays);
    }

    /** Days counted in the cycle by these periods. */
    public static int cycleDays(Collection<Period> periods) {
        return periods.stream().mapToInt(Period::days).sum();
    }

    /**
     * The period a placement counts for: nothing if cancelled; the certificate's actual dates when
     * there is one; up to the interruption date if interrupted; otherwise the planned dates.
     */
    public static Optional<Period> effective(PlacementState state, LocalDate plannedStart, LocalDate plannedEnd,
                                             LocalDate actualStart, LocalDate actualEnd, LocalDate stoppedOn) {
        if (!state.countsInCycle()) {
            return Optional.empty();
        }
        if (actualStart != null && actualEnd != null) {
            return Optional.of(new Period(actualStart, actualEnd));
        }
        if (state == PlacementState.INTERRUPTED && stoppedOn != null && !stoppedOn.isBefore(plannedStart)) {
            return Optional.of(new Period(plannedStart, stoppedOn.isBefore(plannedEnd) ? stoppedOn : plannedEnd));
        }
        return Optional.of(new Period(plannedStart, plannedEnd));
    }
}
