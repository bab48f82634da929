package fr.faireess.mobility.home;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.util.Optional;

import fr.faireess.mobility.placement.PlacementTab;

/** The plain rules behind the to-do lists: when something is due, how much of it is left. */
public final class TodoRules {

    /** Consents ending within this many days are announced to the coordinators. */
    public static final int CONSENT_WARNING_DAYS = 30;

    private TodoRules() {
    }

    /** An item only when something waits: a count of zero is nothing to do. */
    /**
     * The tab of the coordinator's placement page where an item about a placement is done: the
     * agreement's for agreements to complete or sign, the certificate's for a certificate overdue;
     * the overview (where "Confirmer" sits) otherwise.
     */
    public static PlacementTab placementTab(TodoKind kind) {
        return switch (kind) {
            case AGREEMENTS_TO_COMPLETE, AGREEMENTS_TO_SIGN -> PlacementTab.AGREEMENT;
            case CERTIFICATES_OVERDUE -> PlacementTab.CERTIFICATE;
            default -> PlacementTab.OVERVIEW;
        };
    }

    public static Optional<TodoItem> item(TodoKind kind, long count, String outcome) {
        return count > 0 ? Optional.of(TodoItem.of(kind, count, outcome)) : Optional.empty();
    }

    /**
     * Analyses the student still has to write (or finish): those the cohort requires, less those a
     * trainer validated and those already waiting for a review. Rework asked for counts as still to
     * write. Never negative.
     */
    public static int analysesDue(int required, int validated, int awaitingReview) {
        return Math.max(0, required - validated - awaitingReview);
    }

    /**
     * Attendance can be recorded from the session's day on: sessions starting before the start of
     * tomorrow — today's included, whatever their hour, never a later day's.
     */
    public static LocalDateTime recordableBefore(LocalDate today) {
        return today.plusDays(1).atStartOfDay();
    }

    /** The last day of the consent warning window that starts today (both ends included). */
    public static LocalDate consentWarningEnd(LocalDate today) {
        return today.plusDays(CONSENT_WARNING_DAYS);
    }

    /**
     * The latest call year whose KA131 project has started: call {@code N}'s project starts on
     * 1 June N (see {@code grant.CallYear}), so its rate table must be locked from then on.
     */
    public static int latestCallYearUnderWay(LocalDate today) {
        return today.getMonthValue() >= Month.JUNE.getValue() ? today.getYear() : today.getYear() - 1;
    }

    /** A placement's return has passed without its certificate: its planned end is before today. */
    public static boolean certificateOverdue(LocalDate plannedEnd, LocalDate today) {
        return plannedEnd.isBefore(today);
    }
}
