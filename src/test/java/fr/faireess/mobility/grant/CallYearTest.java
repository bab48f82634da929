package fr.faireess.mobility.grant;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CallYearTest {

    @Test
    void anAcademicYearIsFundedByTheCallOfItsFirstYear() {
        assertThat(CallYear.of("2025-2026")).contains(2025);
        assertThat(CallYear.academicYear(2025)).isEqualTo("2025-2026");
        assertThat(CallYear.of("2025")).isEmpty();
        assertThat(CallYear.of(null)).isEmpty();
    }
}
