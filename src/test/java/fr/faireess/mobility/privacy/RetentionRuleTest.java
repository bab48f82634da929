package fr.faireess.mobility.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.faireess.mobility.application.ApplicationStatus;
import fr.faireess.mobility.platform.security.Role;
import fr.faireess.mobility.placement.PlacementState;
import fr.faireess.mobility.platform.config.Settings;

class RetentionRuleTest {

    private static final RetentionRule DEFAULTS = new RetentionRule(new Settings(key -> Optional.empty()));
    private static final LocalDate CLOSED = LocalDate.of(2025, 12, 15);

    private static ApplicationFacts facts(ApplicationStatus status, LocalDate... placementEnds) {
        return new ApplicationFacts(status, CLOSED, LocalDate.of(2026, 5, 30), List.of(placementEnds));
    }

    @Test
    void theTableHasOneRowPerRecordTypeWithTheDocumentedDefaultsAndItsSetting() {
        assertThat(DEFAULTS.table()).extracting(Retention::type).containsExactly(RecordType.values());
        assertThat(DEFAULTS.of(RecordType.UNSELECTED_APPLICATION)).isEqualTo(
                new Retention(RecordType.UNSELECTED_APPLICATION, 2, true, Settings.RETENTION_UNSELECTED_YEARS));
        assertThat(DEFAULTS.of(RecordType.MOBILITY_FILE)).isEqualTo(
                new Retention(RecordType.MOBILITY_FILE, 7, true, Settings.RETENTION_MOBILITY_YEARS));
        assertThat(DEFAULTS.of(RecordType.SENT_MAIL)).isEqualTo(
                new Retention(RecordType.SENT_MAIL, 90, false, Settings.RETENTION_SENT_MAIL_DAYS));
        assertThat(DEFAULTS.of(RecordType.LOGIN_FAILURE)).isEqualTo(
                new Retention(RecordType.LOGIN_FAILURE, 30, false, Settings.RETENTION_LOGIN_FAILURE_DAYS));
        assertThat(DEFAULTS.of(RecordType.MODULE_RECORD)).isEqualTo(
                new Retention(RecordType.MODULE_RECORD, 3, true, Settings.RETENTION_MODULE_YEARS));
        assertThat(DEFAULTS.of(RecordType.UNSENT_MAIL)).isEqualTo(
                new Retention(RecordType.UNSENT_MAIL, 180, false, Settings.RETENTION_UNSENT_MAIL_DAYS));
        assertThat(DEFAULTS.of(RecordType.FORMER_STUDENT_ACCOUNT)).isEqualTo(
                new Retention(RecordType.FORMER_STUDENT_ACCOUNT, 2, true, Settings.RETENTION_FORMER_STUDENT_YEARS));
        assertThat(DEFAULTS.of(RecordType.FORMER_STUDENT_ACCOUNT).variable()).isEqualTo("MOBILITY_RETENTION_FORMER_STUDENT_YEARS");
        assertThat(List.of(RetentionRule.MODULE_YEARS, RetentionRule.UNSENT_MAIL_DAYS, RetentionRule.FORMER_STUDENT_YEARS))
                .containsExactly(3, 180, 2);
        assertThat(DEFAULTS.of(RecordType.MOBILITY_FILE).variable()).isEqualTo("MOBILITY_RETENTION_MOBILITY_YEARS");
        assertThat(RetentionRule.MOBILITY_YEARS).isEqualTo(DEFAULTS.of(RecordType.MOBILITY_FILE).amount());
    }

    @Test
    void settingsChangeThePeriodsAndNonsenseKeepsTheDefault() {
        Map<String, String> values = Map.of(Settings.RETENTION_UNSELECTED_YEARS, "3", Settings.RETENTION_SENT_MAIL_DAYS, "0",
                Settings.RETENTION_MOBILITY_YEARS, "cinq");
        RetentionRule rule = new RetentionRule(new Settings(key -> Optional.ofNullable(values.get(key))));
        assertThat(rule.of(RecordType.UNSELECTED_APPLICATION).amount()).isEqualTo(3);
        assertThat(rule.of(RecordType.SENT_MAIL).amount()).isEqualTo(90);
        assertThat(rule.of(RecordType.MOBILITY_FILE).amount()).isEqualTo(7);
    }

    @Test
    void anApplicationWithoutMobilityIsKeptTwoYearsAfterItsCallClosedThroughTheLastDay() {
        for (ApplicationStatus status : List.of(ApplicationStatus.DRAFT, ApplicationStatus.SUBMITTED,
                ApplicationStatus.CHANGES_REQUESTED, ApplicationStatus.WAITLISTED, ApplicationStatus.REJECTED,
                ApplicationStatus.WITHDRAWN)) {
            RetentionRule.Due due = DEFAULTS.classify(facts(status));
            assertThat(due.type()).as(status.name()).isEqualTo(RecordType.UNSELECTED_APPLICATION);
            assertThat(due.anchor()).isEqualTo(CLOSED);
            assertThat(due.keptUntil()).isEqualTo(LocalDate.of(2027, 12, 15));
            assertThat(DEFAULTS.pastRetention(facts(status), LocalDate.of(2027, 12, 15))).isEmpty();
            assertThat(DEFAULTS.pastRetention(facts(status), LocalDate.of(2027, 12, 16))).contains(due);
        }
    }

    @Test
    void aMobilityIsKeptSevenYearsAfterTheLastPlacementEnded() {
        ApplicationFacts withdrawnAfterTwoPlacements = facts(ApplicationStatus.WITHDRAWN,
                LocalDate.of(2026, 3, 10), LocalDate.of(2026, 6, 30));
        RetentionRule.Due due = DEFAULTS.classify(withdrawnAfterTwoPlacements);
        assertThat(due.type()).isEqualTo(RecordType.MOBILITY_FILE);
        assertThat(due.anchor()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(DEFAULTS.pastRetention(withdrawnAfterTwoPlacements, LocalDate.of(2033, 6, 30))).isEmpty();
        assertThat(DEFAULTS.pastRetention(withdrawnAfterTwoPlacements, LocalDate.of(2033, 7, 1))).isPresent();
    }

    @Test
    void aSelectedApplicationWithoutPlacementIsAMobilityFromTheLaterOfClosingAndTheAskedEnd() {
        RetentionRule.Due due = DEFAULTS.classify(facts(ApplicationStatus.SELECTED));
        assertThat(due.type()).isEqualTo(RecordType.MOBILITY_FILE);
        assertThat(due.anchor()).isEqualTo(LocalDate.of(2026, 5, 30));
        RetentionRule.Due noPeriod = DEFAULTS.classify(new ApplicationFacts(ApplicationStatus.SELECTED, CLOSED, null, List.of()));
        assertThat(noPeriod.anchor()).isEqualTo(CLOSED);
        assertThat(noPeriod.keptUntil()).isEqualTo(LocalDate.of(2032, 12, 15));
    }

    @Test
    void aPlacementEndsWithItsCertificateElseItsStopElseAsPlanned() {
        LocalDate planned = LocalDate.of(2027, 6, 30);
        assertThat(RetentionRule.placementEnd(PlacementState.COMPLETED, planned, LocalDate.of(2027, 6, 20), null))
                .isEqualTo(LocalDate.of(2027, 6, 20));
        assertThat(RetentionRule.placementEnd(PlacementState.INTERRUPTED, planned, null, LocalDate.of(2027, 4, 2)))
                .isEqualTo(LocalDate.of(2027, 4, 2));
        assertThat(RetentionRule.placementEnd(PlacementState.CANCELLED, planned, null, LocalDate.of(2027, 1, 5)))
                .isEqualTo(LocalDate.of(2027, 1, 5));
        assertThat(RetentionRule.placementEnd(PlacementState.IN_PROGRESS, planned, null, null)).isEqualTo(planned);
        assertThat(RetentionRule.placementEnd(PlacementState.CONFIRMED, planned, null, null)).isEqualTo(planned);
    }

    @Test
    void dayPeriodsCountFromTheDayAndTheirCutoffIsTheFirstDayKept() {
        Retention mail = DEFAULTS.of(RecordType.SENT_MAIL);
        LocalDate today = LocalDate.of(2026, 11, 28);
        assertThat(mail.cutoff(today)).isEqualTo(LocalDate.of(2026, 8, 30));
        assertThat(mail.keptUntil(LocalDate.of(2026, 8, 29))).isBefore(today);
        assertThat(mail.keptUntil(LocalDate.of(2026, 8, 30))).isEqualTo(today);
        assertThat(DEFAULTS.of(RecordType.LOGIN_FAILURE).cutoff(today)).isEqualTo(LocalDate.of(2026, 10, 29));
    }

    @Test
    void everyApplicationPastRetentionHasItsCallClosedBeforeTheCandidateLimit() {
        // The purge only looks at applications of calls closed before this day: it must miss none.
        LocalDate today = LocalDate.of(2028, 2, 29);
        LocalDate limit = DEFAULTS.applicationsClosedBefore(today);
        for (LocalDate closed = LocalDate.of(2025, 1, 1); closed.isBefore(today); closed = closed.plusDays(1)) {
            ApplicationFacts rejected = new ApplicationFacts(ApplicationStatus.REJECTED, closed, null, List.of());
            if (DEFAULTS.pastRetention(rejected, today).isPresent()) {
                assertThat(closed).as("closed on " + closed).isBefore(limit);
            }
        }
        assertThat(limit).isEqualTo(LocalDate.of(2026, 3, 1));
    }

    @Test
    void moduleRowsAreKeptThreeYearsAfterTheEndOfTheirAcademicYear() {
        RetentionRule.Due year = DEFAULTS.moduleYear("2025-2026");
        assertThat(year.type()).isEqualTo(RecordType.MODULE_RECORD);
        assertThat(year.anchor()).isEqualTo(LocalDate.of(2026, 8, 31));
        assertThat(year.keptUntil()).isEqualTo(LocalDate.of(2029, 8, 31));
        assertThat(year.isPastOn(LocalDate.of(2029, 8, 31))).isFalse();
        assertThat(year.isPastOn(LocalDate.of(2029, 9, 1))).isTrue();
        // An incident belongs to the academic year of its last change: reviewed in September, a year later.
        assertThat(DEFAULTS.incident(LocalDate.of(2026, 8, 31))).isEqualTo(year);
        assertThat(DEFAULTS.incident(LocalDate.of(2026, 9, 1)).keptUntil()).isEqualTo(LocalDate.of(2030, 8, 31));
    }

    @Test
    void theOldestAcademicYearKeptStartsTheDayAfterTheLastPastOneEnded() {
        assertThat(DEFAULTS.moduleKeptFrom(LocalDate.of(2029, 8, 31))).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(DEFAULTS.moduleKeptFrom(LocalDate.of(2029, 9, 1))).isEqualTo(LocalDate.of(2026, 9, 1));
        // Every day: a year is past exactly when it starts before that day, and an incident exactly
        // when it was last changed before it.
        for (LocalDate today = LocalDate.of(2027, 1, 1); today.isBefore(LocalDate.of(2031, 1, 1)); today = today.plusDays(17)) {
            LocalDate keptFrom = DEFAULTS.moduleKeptFrom(today);
            for (int start = 2020; start <= 2030; start++) {
                String code = start + "-" + (start + 1);
                assertThat(DEFAULTS.moduleYear(code).isPastOn(today)).as(code + " on " + today)
                        .isEqualTo(LocalDate.of(start, 9, 1).isBefore(keptFrom));
            }
            assertThat(DEFAULTS.incident(keptFrom.minusDays(1)).isPastOn(today)).isTrue();
            assertThat(DEFAULTS.incident(keptFrom).isPastOn(today)).isFalse();
        }
        RetentionRule oneYear = new RetentionRule(new Settings(key -> Optional.ofNullable(
                Settings.RETENTION_MODULE_YEARS.equals(key) ? "1" : null)));
        assertThat(oneYear.moduleKeptFrom(LocalDate.of(2027, 9, 1))).isEqualTo(LocalDate.of(2026, 9, 1));
    }

    @Test
    void heldOrFailedMailsAreKeptHalfAYearAfterTheyWereQueued() {
        Retention unsent = DEFAULTS.of(RecordType.UNSENT_MAIL);
        assertThat(unsent.cutoff(LocalDate.of(2026, 11, 28))).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(unsent.keptUntil(LocalDate.of(2026, 6, 1))).isEqualTo(LocalDate.of(2026, 11, 28));
    }

    private static AccountFacts account(Set<Role> roles, boolean enabled, LocalDate lastLogin, boolean recordsLeft) {
        return new AccountFacts(roles, enabled, LocalDate.of(2022, 9, 1), lastLogin, recordsLeft);
    }

    @Test
    void aDisabledStudentAccountWithNothingLeftGoesTwoYearsAfterItsLastLogin() {
        LocalDate lastLogin = LocalDate.of(2024, 6, 30);
        AccountFacts left = account(Set.of(Role.STUDENT), false, lastLogin, false);
        assertThat(DEFAULTS.formerStudentPastRetention(left, LocalDate.of(2026, 6, 30))).isEmpty();
        RetentionRule.Due due = DEFAULTS.formerStudentPastRetention(left, LocalDate.of(2026, 7, 1)).orElseThrow();
        assertThat(due.type()).isEqualTo(RecordType.FORMER_STUDENT_ACCOUNT);
        assertThat(due.anchor()).isEqualTo(lastLogin);
        // Never logged in: from its creation.
        AccountFacts neverUsed = account(Set.of(Role.STUDENT), false, null, false);
        assertThat(DEFAULTS.formerStudentPastRetention(neverUsed, LocalDate.of(2024, 9, 1))).isEmpty();
        assertThat(DEFAULTS.formerStudentPastRetention(neverUsed, LocalDate.of(2024, 9, 2)).orElseThrow().anchor())
                .isEqualTo(LocalDate.of(2022, 9, 1));
    }

    @Test
    void anEnabledAccountAStaffAccountOrOneSomethingStillRefersToIsNeverDeleted() {
        LocalDate muchLater = LocalDate.of(2040, 1, 1);
        LocalDate lastLogin = LocalDate.of(2023, 1, 10);
        assertThat(DEFAULTS.formerStudentPastRetention(account(Set.of(Role.STUDENT), true, lastLogin, false), muchLater)).isEmpty();
        assertThat(DEFAULTS.formerStudentPastRetention(account(Set.of(Role.STUDENT), false, lastLogin, true), muchLater)).isEmpty();
        for (Role staff : List.of(Role.ADMIN, Role.COORDINATOR, Role.TRAINER)) {
            assertThat(DEFAULTS.formerStudentPastRetention(account(Set.of(staff), false, lastLogin, false), muchLater))
                    .as(staff.name()).isEmpty();
            assertThat(DEFAULTS.formerStudentPastRetention(account(Set.of(Role.STUDENT, staff), false, lastLogin, false), muchLater))
                    .as("student and " + staff).isEmpty();
        }
        assertThat(DEFAULTS.formerStudentPastRetention(account(Set.of(), false, lastLogin, false), muchLater)).isEmpty();
        assertThat(DEFAULTS.formerStudentPastRetention(account(Set.of(Role.STUDENT), false, lastLogin, false), muchLater)).isPresent();
    }

    @Test
    void everyAccountPastRetentionWasLastSeenBeforeTheCandidateLimit() {
        LocalDate today = LocalDate.of(2028, 2, 29);
        LocalDate limit = DEFAULTS.accountsLastSeenBefore(today);
        for (LocalDate seen = LocalDate.of(2025, 1, 1); seen.isBefore(today); seen = seen.plusDays(1)) {
            AccountFacts left = new AccountFacts(Set.of(Role.STUDENT), false, seen, null, false);
            if (DEFAULTS.formerStudentPastRetention(left, today).isPresent()) {
                assertThat(seen).as("last seen " + seen).isBefore(limit);
            }
        }
    }

    @Test
    void theDemoDataIsWithinRetentionOnTheDayItWasWritten() {
        // db/demo: the 2025-2026 call closed on 15 December 2025, its placements ended in 2026.
        LocalDate written = LocalDate.of(2026, 11, 28);
        assertThat(DEFAULTS.pastRetention(facts(ApplicationStatus.REJECTED), written)).isEmpty();
        assertThat(DEFAULTS.pastRetention(facts(ApplicationStatus.SELECTED, LocalDate.of(2026, 5, 30)), written)).isEmpty();
        // The demo's module rows are of 2025-2026 and 2026-2027: kept until 31 August 2029 at least.
        assertThat(DEFAULTS.moduleKeptFrom(written)).isBefore(LocalDate.of(2025, 9, 1));
        assertThat(DEFAULTS.moduleYear("2025-2026").keptUntil()).isEqualTo(LocalDate.of(2029, 8, 31));
    }
}
