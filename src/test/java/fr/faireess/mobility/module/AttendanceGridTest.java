package fr.faireess.mobility.module;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.faireess.mobility.platform.error.BusinessException;

class AttendanceGridTest {

    private static final Map<Long, String> COHORT = Map.of(1L, "Léa Vidal", 2L, "Hugo Pons");

    @Test
    void oneMarkPerStudentOfTheCohortIsAccepted() {
        assertThatCode(() -> AttendanceGrid.check(COHORT, Map.of(1L, AttendanceStatus.PRESENT, 2L, AttendanceStatus.EXCUSED)))
                .doesNotThrowAnyException();
    }

    @Test
    void aStudentOutsideTheCohortIsRefused() {
        assertThatThrownBy(() -> AttendanceGrid.check(COHORT,
                Map.of(1L, AttendanceStatus.PRESENT, 2L, AttendanceStatus.PRESENT, 99L, AttendanceStatus.ABSENT)))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("module.attendance.notInCohort");
                    assertThat(e.arguments()).containsExactly(99L);
                });
    }

    @Test
    void anUnmarkedStudentIsRefusedByName() {
        Map<Long, AttendanceStatus> marks = new HashMap<>();
        marks.put(1L, AttendanceStatus.PRESENT);
        marks.put(2L, null);
        assertThatThrownBy(() -> AttendanceGrid.check(COHORT, marks)).isInstanceOfSatisfying(BusinessException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("module.attendance.missingMark");
            assertThat(e.arguments()).containsExactly("Hugo Pons");
        });
        assertThatThrownBy(() -> AttendanceGrid.check(COHORT, Map.of(1L, AttendanceStatus.PRESENT)))
                .isInstanceOf(BusinessException.class);
    }
}
