package fr.faireess.mobility.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import fr.faireess.mobility.application.ApplicationStatus;
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
    void theDemoDataIsWithinRetentionOnTheDayItWasWritten() {
        // db/demo: the 2025-2026 call closed on 15 December 2025, its placements ended in 2026.
        LocalDate written = LocalDate.of(2026, 11, 28);
        assertThat(DEFAULTS.pastRetention(facts(ApplicationStatus.REJECTED), written)).isEmpty();
        assertThat(DEFAULTS.pastRetention(facts(ApplicationStatus.SELECTED, LocalDate.of(2026, 5, 30)), written)).isEmpty();
    }
}
