package fr.faireess.mobility.privacy;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.faireess.mobility.application.ApplicationStatus;
import fr.faireess.mobility.placement.PlacementState;
import fr.faireess.mobility.platform.config.Settings;

/**
 * How long each kind of record is kept, in one table, and which period applies to an application.
 * The periods are settings ({@link Settings}), with these defaults:
 * <ul>
 *   <li>an application that led to no mobility (draft, never decided, waitlisted, turned down,
 *       withdrawn — without any placement): <b>2 years</b> after its call closed, long enough for a
 *       complaint about the selection and for the next call's review to see a previous attempt;</li>
 *   <li>a mobility file (an application with a placement, or selected): <b>7 years</b> after the
 *       placement ended. It is the evidence of the Erasmus+ grant: the grant agreement with the
 *       National Agency asks to keep records 5 years after the agency's payment of the balance
 *       (3 years for grants up to 60 000 €), and that payment comes after the project's final report,
 *       up to about two years after a placement of the project ended (a 26-month project, a report
 *       60 days after its end, the payment 60 days after the report). 5 + 2 covers the earliest
 *       placement of a project; a school that knows its payment date sets the setting to match;</li>
 *   <li>a sent e-mail: <b>90 days</b> after it was sent (enough to answer "did I get the mail?");</li>
 *   <li>the failed-login count of an address: <b>30 days</b> after the last failure (the lock-out
 *       itself only looks at the last {@code MOBILITY_LOGIN_LOCK_MINUTES}).</li>
 * </ul>
 * A record is past retention from the day after its last kept day. Plain Java: the dates come in,
 * so the rule is tested without a clock or a database.
 */
public final class RetentionRule {

    public static final int UNSELECTED_YEARS = 2;
    public static final int MOBILITY_YEARS = 7;
    public static final int SENT_MAIL_DAYS = 90;
    public static final int LOGIN_FAILURE_DAYS = 30;

    /** What to purge when, for one record. */
    public record Due(RecordType type, LocalDate anchor, LocalDate keptUntil) {
        public boolean isPastOn(LocalDate today) {
            return today.isAfter(keptUntil);
        }
    }

    private final Map<RecordType, Retention> table = new EnumMap<>(RecordType.class);

    public RetentionRule(Settings settings) {
        put(new Retention(RecordType.UNSELECTED_APPLICATION, settings.retentionUnselectedYears(), true,
                Settings.RETENTION_UNSELECTED_YEARS));
        put(new Retention(RecordType.MOBILITY_FILE, settings.retentionMobilityYears(), true,
                Settings.RETENTION_MOBILITY_YEARS));
        put(new Retention(RecordType.SENT_MAIL, settings.retentionSentMailDays(), false,
                Settings.RETENTION_SENT_MAIL_DAYS));
        put(new Retention(RecordType.LOGIN_FAILURE, settings.retentionLoginFailureDays(), false,
                Settings.RETENTION_LOGIN_FAILURE_DAYS));
    }

    private void put(Retention retention) {
        table.put(retention.type(), retention);
    }

    /** The table, one row per record type, in the order of {@link RecordType}. */
    public List<Retention> table() {
        return List.copyOf(table.values());
    }

    public Retention of(RecordType type) {
        return table.get(type);
    }

    /**
     * The day before which a call must have closed for any of its applications to be past retention
     * on {@code today} (every application's period starts on or after its call's closing day): the
     * shortest period's cutoff, plus a day for the 29 February of year periods.
     */
    public LocalDate applicationsClosedBefore(LocalDate today) {
        return table.values().stream()
                .filter(r -> r.type() == RecordType.UNSELECTED_APPLICATION || r.type() == RecordType.MOBILITY_FILE)
                .map(r -> r.cutoff(today))
                .max(Comparator.naturalOrder()).orElseThrow()
                .plusDays(1);
    }

    /**
     * Which period applies to an application and from which day: a mobility file when it has a
     * placement (from the last placement's end) or was selected without one yet (from the later of
     * the call's closing and the period asked for); otherwise an application that led to no mobility,
     * from its call's closing.
     */
    public Due classify(ApplicationFacts facts) {
        if (!facts.placementEnds().isEmpty()) {
            LocalDate end = facts.placementEnds().stream().max(Comparator.naturalOrder()).orElseThrow();
            return due(RecordType.MOBILITY_FILE, end);
        }
        if (facts.status() == ApplicationStatus.SELECTED) {
            LocalDate anchor = facts.desiredEnd() != null && facts.desiredEnd().isAfter(facts.callClosedOn())
                    ? facts.desiredEnd() : facts.callClosedOn();
            return due(RecordType.MOBILITY_FILE, anchor);
        }
        return due(RecordType.UNSELECTED_APPLICATION, facts.callClosedOn());
    }

    /** The application's period, when it is over on {@code today}. */
    public Optional<Due> pastRetention(ApplicationFacts facts, LocalDate today) {
        Due due = classify(facts);
        return due.isPastOn(today) ? Optional.of(due) : Optional.empty();
    }

    /** A record of {@code type} whose period started on {@code anchor}. */
    public Due due(RecordType type, LocalDate anchor) {
        return new Due(type, anchor, table.get(type).keptUntil(anchor));
    }

    /**
     * The day a placement ended for retention: the certificate's actual end; else the day it was
     * interrupted or cancelled; else its planned end (a placement never closed counts until then).
     */
    public static LocalDate placementEnd(PlacementState state, LocalDate plannedEnd, LocalDate actualEnd,
                                         LocalDate stoppedOn) {
        if (actualEnd != null) {
            return actualEnd;
        }
        if (state.isStop() && stoppedOn != null) {
            return stoppedOn;
        }
        return plannedEnd;
    }
}
