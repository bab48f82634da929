package fr.faireess.mobility.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import fr.faireess.mobility.placement.PlacementDuration.Period;
import fr.faireess.mobility.platform.error.BusinessException;
import fr.faireess.mobility.platform.i18n.Messages;

class PlacementDurationTest {

    private static Optional<BusinessException> check(String start, String end, int other) {
        return PlacementDuration.refusal(start == null ? null : LocalDate.parse(start), end == null ? null : LocalDate.parse(end),
                other, "start", "end");
    }

    @ParameterizedTest(name = "{0} → {1} with {2} other days: {3}")
    @CsvSource(nullValues = "-", value = {
            "2026-03-01, 2026-04-29, 0,   placement.period.tooShort",       // 59 days
            "2026-03-01, 2026-04-30, 0,   -",                               // 60 days: the minimum
            "2026-03-01, 2026-04-15, 0,   placement.period.tooShort",       // 45 days
            "2026-09-01, 2027-08-31, 0,   -",                               // 360 days: twelve months
            "2026-09-01, 2027-09-01, 0,   placement.period.tooLong",        // 361 days
            "2026-04-30, 2026-03-01, 0,   placement.period.endBeforeStart",
            "-,          2026-03-01, 0,   placement.period.startRequired",
            "2026-03-01, -,          0,   placement.period.endRequired",
            "2026-03-01, 2026-06-30, 240, -",                               // 120 + 240 = 360
            "2026-03-01, 2026-06-30, 241, placement.period.cycleExceeded",  // 361
            "2026-03-01, 2026-06-30, 270, placement.period.cycleExceeded",
            "2027-01-01, 2027-03-30, 270, -",                               // 90 + 270: twelve months exactly
            "2027-01-01, 2027-04-01, 270, placement.period.cycleExceeded",  // a 13th month starts (361)
            "2027-01-01, 2027-03-01, 330, placement.period.cycleExceeded",  // 11 months + 61 days
    })
    void tableOfPeriods(String start, String end, int other, String expectedKey) {
        assertThat(check(start, end, other).map(BusinessException::messageKey).orElse(null)).isEqualTo(expectedKey);
    }

    @Test
    void tooShortGoesNextToTheEndDateAndNamesTheDays() {
        BusinessException e = check("2026-03-01", "2026-04-15", 0).orElseThrow();
        assertThat(e.field()).contains("end");
        assertThat(Messages.text(java.util.Locale.FRENCH, e.messageKey(), e.arguments()))
                .isEqualTo("Période de 45 jours : un stage Erasmus+ dure au moins 60 jours.");
    }

    @Test
    void theCycleRefusalNamesTheFigures() {
        BusinessException e = check("2026-03-01", "2026-06-30", 270).orElseThrow();
        assertThat(e.arguments()).containsExactly(120, 390, 360, 270);
        assertThat(Messages.text(java.util.Locale.FRENCH, e.messageKey(), e.arguments()))
                .isEqualTo("Ce stage de 120 jours porterait le total Erasmus+ du cycle à 390 jours "
                        + "(270 jours déjà comptés) : le maximum est 360 jours (12 mois).");
    }

    @Test
    void anEndBeforeTheStartIsToldInFrenchNextToTheEndDate() {
        BusinessException e = check("2026-04-30", "2026-03-01", 0).orElseThrow();
        assertThat(e.field()).contains("end");
        assertThat(Messages.text(java.util.Locale.FRENCH, e.messageKey(), e.arguments()))
                .isEqualTo("La date de fin précède la date de début.");
    }

    @Test
    void aThirteenthMonthInTheCycleIsRefusedWithTheFigures() {
        BusinessException e = check("2027-01-01", "2027-04-01", 270).orElseThrow();
        assertThat(e.arguments()).containsExactly(91, 361, 360, 270);
        assertThat(Messages.text(java.util.Locale.FRENCH, e.messageKey(), e.arguments()))
                .isEqualTo("Ce stage de 91 jours porterait le total Erasmus+ du cycle à 361 jours "
                        + "(270 jours déjà comptés) : le maximum est 360 jours (12 mois).");
    }

    @Test
    void cycleDaysAddTheEuCountOfEachPeriod() {
        assertThat(PlacementDuration.cycleDays(List.of(
                new Period(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 4, 30)),      // 90
                new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 15)))))    // 105
                .isEqualTo(195);
        assertThat(PlacementDuration.cycleDays(List.of())).isZero();
    }

    @ParameterizedTest(name = "{0}: counts {6} → {7}")
    @CsvSource(nullValues = "-", value = {
            "PROPOSED,    2026-03-01, 2026-06-30, -,          -,          -,          2026-03-01, 2026-06-30",
            "CANCELLED,   2026-03-01, 2026-06-30, -,          -,          2026-02-01, -,          -",
            "COMPLETED,   2026-03-01, 2026-06-30, 2026-03-08, 2026-06-20, -,          2026-03-08, 2026-06-20",
            "INTERRUPTED, 2026-03-01, 2026-06-30, -,          -,          2026-04-10, 2026-03-01, 2026-04-10",
            "INTERRUPTED, 2026-03-01, 2026-06-30, 2026-03-01, 2026-04-05, 2026-04-10, 2026-03-01, 2026-04-05",
            "IN_PROGRESS, 2026-03-01, 2026-06-30, 2026-03-02, 2026-06-30, -,          2026-03-02, 2026-06-30",
    })
    void theEffectivePeriodPrefersActualDates(PlacementState state, LocalDate plannedStart, LocalDate plannedEnd,
                                              LocalDate actualStart, LocalDate actualEnd, LocalDate stoppedOn,
                                              LocalDate expectedStart, LocalDate expectedEnd) {
        Optional<Period> period = PlacementDuration.effective(state, plannedStart, plannedEnd, actualStart, actualEnd, stoppedOn)
                .map(PlacementDuration.CountedPeriod::period);
        if (expectedStart == null) {
            assertThat(period).isEmpty();
        } else {
            assertThat(period).contains(new Period(expectedStart, expectedEnd));
        }
    }

    @Test
    void whatRemainsInTheCycleIsNeverNegative() {
        assertThat(PlacementDuration.remainingInCycle(0)).isEqualTo(360);
        assertThat(PlacementDuration.remainingInCycle(240)).isEqualTo(120);
        assertThat(PlacementDuration.remainingInCycle(370)).isZero();
    }

    @Test
    void theMinimumIsCheckedOnThePeriodLessItsInterruptions() {
        LocalDate start = LocalDate.of(2026, 3, 1);
        LocalDate end = LocalDate.of(2026, 5, 5);   // 65 days
        assertThat(PlacementDuration.refusal(start, end, 0, PlacementDuration.Stay.NONE, "start", "end")).isEmpty();
        // 65 days less 10 days of interruption: 55, below the 60-day minimum
        assertThat(PlacementDuration.refusal(start, end, 0, new PlacementDuration.Stay(10, false), "start", "end"))
                .get().satisfies(e -> {
                    assertThat(e.messageKey()).isEqualTo("placement.period.tooShortInterrupted");
                    assertThat(e.arguments()).containsExactly(55, 60, 65, 10);
                    assertThat(e.field()).contains("end");
                });
        assertThat(PlacementDuration.refusal(start, end, 0, new PlacementDuration.Stay(65, true), "start", "end"))
                .get().extracting(BusinessException::messageKey).isEqualTo("placement.period.allInterrupted");
    }

    @Test
    void forceMajeureLetsAShorterStayBeCertified() {
        // an interrupted stay of 39 days (1 March → 9 April on the EU count)
        LocalDate start = LocalDate.of(2026, 3, 1);
        LocalDate end = LocalDate.of(2026, 4, 9);
        assertThat(PlacementDuration.refusal(start, end, 0, "start", "end")).get()
                .extracting(BusinessException::messageKey).isEqualTo("placement.period.tooShort");
        assertThat(PlacementDuration.refusal(start, end, 0, new PlacementDuration.Stay(0, true), "start", "end")).isEmpty();
        assertThat(PlacementDuration.belowMinimum(39, new PlacementDuration.Stay(0, true))).isFalse();
        assertThat(PlacementDuration.belowMinimum(39, PlacementDuration.Stay.NONE)).isTrue();
    }

    @Test
    void theCountedPeriodSaysWhyItCounts() {
        LocalDate start = LocalDate.of(2026, 3, 1);
        LocalDate end = LocalDate.of(2026, 6, 30);
        assertThat(PlacementDuration.effective(PlacementState.IN_PROGRESS, start, end, null, null, null)).get()
                .satisfies(c -> assertThat(c.basis()).isEqualTo(PlacementDuration.Basis.PLANNED))
                .satisfies(c -> assertThat(c.isFinal()).isFalse());
        assertThat(PlacementDuration.effective(PlacementState.INTERRUPTED, start, end, null, null, LocalDate.of(2026, 4, 9)))
                .get().satisfies(c -> {
                    assertThat(c.basis()).isEqualTo(PlacementDuration.Basis.STOPPED);
                    assertThat(c.days()).isEqualTo(39);
                });
        // the interrupted stay, certified afterwards, counts on the certificate's dates
        assertThat(PlacementDuration.effective(PlacementState.INTERRUPTED, start, end, start, LocalDate.of(2026, 4, 9),
                LocalDate.of(2026, 4, 9))).get().extracting(PlacementDuration.CountedPeriod::basis)
                .isEqualTo(PlacementDuration.Basis.CERTIFIED);
    }
}
