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

    /**
     * What the grant facts say about a stay that its duration counts: days of interruption (they do
     * not count toward the duration; a host's closure is not one) and force majeure (which lifts the
     * minimum). Kept by the grant feature, read through {@link StayFacts}.
     */
    public record Stay(int interruptionDays, boolean forceMajeure) {
        public static final Stay NONE = new Stay(0, false);
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
        return refusal(start, end, otherDaysInCycle, Stay.NONE, startField, endField);
    }

    /**
     * The same rules on the days the stay counts: the period's days minus its days of interruption.
     * Force majeure lifts the minimum (the stay is paid for the days actually spent), not the maximum.
     */
    public static Optional<BusinessException> refusal(LocalDate start, LocalDate end, int otherDaysInCycle, Stay stay,
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
        int period = ErasmusDuration.days(start, end);
        int days = period - stay.interruptionDays();
        if (days < 1) {
            return Optional.of(new BusinessException(endField, "placement.period.allInterrupted", period, stay.interruptionDays()));
        }
        if (belowMinimum(days, stay)) {
            return Optional.of(stay.interruptionDays() == 0
                    ? new BusinessException(endField, "placement.period.tooShort", days, ErasmusDuration.MIN_DAYS)
                    : new BusinessException(endField, "placement.period.tooShortInterrupted", days, ErasmusDuration.MIN_DAYS,
                            period, stay.interruptionDays()));
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

    /** Fewer counted days than the minimum, and no force majeure to lift it. */
    public static boolean belowMinimum(int countedDays, Stay stay) {
        return countedDays < ErasmusDuration.MIN_DAYS && !stay.forceMajeure();
    }

    /** Days still available in the study cycle once {@code usedDays} are counted (never negative). */
    public static int remainingInCycle(int usedDays) {
        return Math.max(0, ErasmusDuration.MAX_DAYS - usedDays);
    }

    /** Days counted in the cycle by these periods. */
    public static int cycleDays(Collection<Period> periods) {
        return periods.stream().mapToInt(Period::days).sum();
    }

    /** Why a placement's period is the one that counts. */
    public enum Basis {
        /** The planned dates: nothing has ended the stay yet. */
        PLANNED,
        /** The traineeship certificate's actual dates. */
        CERTIFIED,
        /** The planned start to the day it was interrupted (no certificate yet). */
        STOPPED
    }

    /** The period that counts and its basis; final once the stay has ended (certified or stopped). */
    public record CountedPeriod(LocalDate start, LocalDate end, Basis basis) {
        public Period period() {
            return new Period(start, end);
        }

        public int days() {
            return period().days();
        }

        public boolean isFinal() {
            return basis != Basis.PLANNED;
        }
    }

    /**
     * The one rule of which dates of a placement count — for the study cycle, the calendar, the grant
     * and the EU report alike: nothing if cancelled; the certificate's actual dates when there is one
     * (an interrupted placement can be certified too); up to the interruption date if interrupted;
     * otherwise the planned dates.
     */
    public static Optional<CountedPeriod> effective(PlacementState state, LocalDate plannedStart, LocalDate plannedEnd,
                                                    LocalDate actualStart, LocalDate actualEnd, LocalDate stoppedOn) {
        if (!state.countsInCycle()) {
            return Optional.empty();
        }
        if (actualStart != null && actualEnd != null) {
            return Optional.of(new CountedPeriod(actualStart, actualEnd, Basis.CERTIFIED));
        }
        if (state == PlacementState.INTERRUPTED && stoppedOn != null && !stoppedOn.isBefore(plannedStart)) {
            return Optional.of(new CountedPeriod(plannedStart, stoppedOn.isBefore(plannedEnd) ? stoppedOn : plannedEnd,
                    Basis.STOPPED));
        }
        return Optional.of(new CountedPeriod(plannedStart, plannedEnd, Basis.PLANNED));
    }
}
