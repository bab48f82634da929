package fr.faireess.mobility.module;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fr.faireess.mobility.module.AcademicYears.CohortYear;

class AcademicYearsTest {

    @ParameterizedTest
    @CsvSource({"2026-11-28, 2026-2027", "2026-09-01, 2026-2027", "2026-08-31, 2025-2026", "2027-01-15, 2026-2027"})
    void anAcademicYearRunsFromSeptemberToAugust(LocalDate day, String year) {
        assertThat(AcademicYears.of(day)).isEqualTo(year);
    }

    @Test
    void anAcademicYearStartsOnTheFirstOfSeptemberAndEndsOnTheLastOfAugust() {
        assertThat(AcademicYears.startOf("2025-2026")).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(AcademicYears.endOf("2025-2026")).isEqualTo(LocalDate.of(2026, 8, 31));
        assertThat(AcademicYears.of(AcademicYears.endOf("2025-2026").plusDays(1))).isEqualTo("2026-2027");
        assertThatThrownBy(() -> AcademicYears.endOf("2025-2027")).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "a student now in year {2} was in year {3} during {0}")
    @CsvSource({
            "2026-2027, 2026-2027, 1, 1",
            "2025-2026, 2026-2027, 2, 1",
            "2024-2025, 2026-2027, 3, 1",
            "2025-2026, 2026-2027, 1, 0",
            "2023-2024, 2026-2027, 3, 0",
            "2027-2028, 2026-2027, 1, 2",
            "2027-2028, 2026-2027, 3, 0",
    })
    void aStudentsStudyYearInAnotherAcademicYear(String year, String current, int now, int then) {
        assertThat(AcademicYears.studyYearIn(year, current, now)).isEqualTo(then);
    }

    @Test
    void aSecondYearStudentBelongedToTwoCohortsTheCurrentOneFirst() {
        assertThat(AcademicYears.cohortsOf("2026-2027", 2))
                .containsExactly(new CohortYear("2026-2027", 2), new CohortYear("2025-2026", 1));
        assertThat(AcademicYears.cohortsOf("2026-2027", 1)).containsExactly(new CohortYear("2026-2027", 1));
    }

    @Test
    void shiftingAndDistance() {
        assertThat(AcademicYears.shift("2026-2027", -2)).isEqualTo("2024-2025");
        assertThat(AcademicYears.distance("2024-2025", "2026-2027")).isEqualTo(2);
        assertThatThrownBy(() -> AcademicYears.shift("2026-2028", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AcademicYears.shift("2026", 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
