package fr.faireess.mobility.privacy;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import fr.faireess.mobility.application.ApplicationStatus;
import fr.faireess.mobility.platform.security.Role;
import fr.faireess.mobility.module.AcademicYears;
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
 *   <li>a student's module rows (attendance marks, critical-incident analyses with the trainer's
 *       comment): <b>3 years</b> after the end of their academic year (31 August). A training lasts
 *       three years and completion counts every year's rows, so a student's first-year rows stay
 *       until they have left; an incident belongs to the academic year of its last change (written,
 *       submitted or reviewed). The sessions themselves, with their guests and files, are the
 *       school's teaching records and stay;</li>
 *   <li>a sent e-mail: <b>90 days</b> after it was sent (enough to answer "did I get the mail?");</li>
 *   <li>an e-mail never sent (held without an SMTP server, or failed for good): <b>180 days</b> after
 *       it was queued, time enough for an administrator to read or send it again;</li>
 *   <li>the failed-login count of an address: <b>30 days</b> after the last failure (the lock-out
 *       itself only looks at the last {@code MOBILITY_LOGIN_LOCK_MINUTES});</li>
 *   <li>the account of a student who left: <b>2 years</b> after the last login (or the creation,
 *       if never used), once it is disabled and nothing refers to it any more (the records above
 *       purged). Accounts with any staff role are never deleted.</li>
 * </ul>
 * A record is past retention from the day after its last kept day. Plain Java: the dates come in,
 * so the rule is tested without a clock or a database.
 */
public final class RetentionRule {

    public static final int UNSELECTED_YEARS = 2;
    public static final int MOBILITY_YEARS = 7;
    public static final int SENT_MAIL_DAYS = 90;
    public static final int LOGIN_FAILURE_DAYS = 30;
    public static final int MODULE_YEARS = 3;
    public static final int UNSENT_MAIL_DAYS = 180;
    public static final int FORMER_STUDENT_YEARS = 2;

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
        put(new Retention(RecordType.MODULE_RECORD, settings.retentionModuleYears(), true,
                Settings.RETENTION_MODULE_YEARS));
        put(new Retention(RecordType.SENT_MAIL, settings.retentionSentMailDays(), false,
                Settings.RETENTION_SENT_MAIL_DAYS));
        put(new Retention(RecordType.UNSENT_MAIL, settings.retentionUnsentMailDays(), false,
                Settings.RETENTION_UNSENT_MAIL_DAYS));
        put(new Retention(RecordType.LOGIN_FAILURE, settings.retentionLoginFailureDays(), false,
                Settings.RETENTION_LOGIN_FAILURE_DAYS));
        put(new Retention(RecordType.FORMER_STUDENT_ACCOUNT, settings.retentionFormerStudentYears(), true,
                Settings.RETENTION_FORMER_STUDENT_YEARS));
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

    /** The module rows of an academic year ("2025-2026"): their period starts when the year ends. */
    public Due moduleYear(String academicYear) {
        return due(RecordType.MODULE_RECORD, AcademicYears.endOf(academicYear));
    }

    /** A critical-incident analysis last changed on {@code lastChanged} (Paris): a row of that day's academic year. */
    public Due incident(LocalDate lastChanged) {
        return moduleYear(AcademicYears.of(lastChanged));
    }

    /**
     * The first day of the oldest academic year whose module rows are still kept on {@code today}:
     * rows of years starting before it (incidents last changed before it) are past retention.
     */
    public LocalDate moduleKeptFrom(LocalDate today) {
        String year = AcademicYears.of(today);
        while (!moduleYear(AcademicYears.shift(year, -1)).isPastOn(today)) {
            year = AcademicYears.shift(year, -1);
        }
        return AcademicYears.startOf(year);
    }

    /**
     * The period of an account, when it is over on {@code today}: only a disabled account whose only
     * role is student, with nothing referring to it, from its last login (else its creation).
     */
    public Optional<Due> formerStudentPastRetention(AccountFacts facts, LocalDate today) {
        if (facts.enabled() || facts.recordsLeft() || !facts.roles().equals(Set.of(Role.STUDENT))) {
            return Optional.empty();
        }
        LocalDate anchor = facts.lastLogin() != null && facts.lastLogin().isAfter(facts.created())
                ? facts.lastLogin() : facts.created();
        Due due = due(RecordType.FORMER_STUDENT_ACCOUNT, anchor);
        return due.isPastOn(today) ? Optional.of(due) : Optional.empty();
    }

    /**
     * The day before which an account's last login (or creation) must fall for its period to be over
     * on {@code today}; a day later than the cutoff for the 29 February of year periods.
     */
    public LocalDate accountsLastSeenBefore(LocalDate today) {
        return of(RecordType.FORMER_STUDENT_ACCOUNT).cutoff(today).plusDays(1);
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
