package fr.faireess.mobility.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DemoCalendarTest {

    private static final LocalDate ANCHOR = DemoCalendar.ANCHOR;

    @Test
    void theAnchorIsAMonday() {
        assertThat(ANCHOR.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
    }

    @Test
    void nothingMovesUpToTheAnchorsWeek() {
        assertThat(DemoCalendar.shiftDays(LocalDate.of(2026, 11, 28))).isZero();
        assertThat(DemoCalendar.shiftDays(ANCHOR)).isZero();
        assertThat(DemoCalendar.shiftDays(ANCHOR.plusDays(6))).isZero();
        assertThat(DemoCalendar.shiftDays(ANCHOR.minusYears(1))).as("a clock behind the demo").isZero();
    }

    @Test
    void theShiftIsWholeWeeksSoWeekdaysStay() {
        assertThat(DemoCalendar.shiftDays(ANCHOR.plusDays(7))).isEqualTo(7);
        assertThat(DemoCalendar.shiftDays(ANCHOR.plusDays(13))).isEqualTo(7);
        assertThat(DemoCalendar.shiftDays(ANCHOR.plusWeeks(20).plusDays(3))).isEqualTo(140);
        LocalDate aYearLater = LocalDate.of(2027, 11, 28);
        int shift = DemoCalendar.shiftDays(aYearLater);
        assertThat(shift).isEqualTo(364);
        LocalDate session = LocalDate.of(2026, 1, 20);
        assertThat(session.plusDays(shift).getDayOfWeek()).isEqualTo(session.getDayOfWeek());
    }

    @Test
    void labelsMoveByTheAcademicYearsFromTheAnchorsToTheLoadWeeks() {
        assertThat(DemoCalendar.shiftFor(ANCHOR)).isEqualTo(new DemoCalendar.Shift(0, 0));
        assertThat(DemoCalendar.shiftFor(LocalDate.of(2027, 8, 31)).years()).as("still 2026-2027").isZero();
        assertThat(DemoCalendar.shiftFor(LocalDate.of(2027, 9, 1)))
                .as("the load week's Monday is 30 August: still 2026-2027").isEqualTo(new DemoCalendar.Shift(280, 0));
        assertThat(DemoCalendar.shiftFor(LocalDate.of(2027, 9, 6)).years()).isEqualTo(1);
        assertThat(DemoCalendar.shiftFor(LocalDate.of(2028, 1, 8))).isEqualTo(new DemoCalendar.Shift(406, 1));
        assertThat(DemoCalendar.shiftFor(LocalDate.of(2029, 12, 4))).isEqualTo(new DemoCalendar.Shift(1106, 3));
    }
}
