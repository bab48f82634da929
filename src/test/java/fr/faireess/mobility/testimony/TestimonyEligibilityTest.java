package fr.faireess.mobility.testimony;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fr.faireess.mobility.testimony.TestimonyEligibility.MobilityFacts;
import fr.faireess.mobility.testimony.TestimonyEligibility.Stage;

class TestimonyEligibilityTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

    @ParameterizedTest(name = "{0}, starts {1}, ends {2} → {3}")
    @CsvSource(nullValues = "-", value = {
            "SELECTED,    2026-03-01, 2026-05-30, true",
            "SELECTED,    2026-03-15, 2026-05-30, true",
            "SELECTED,    2026-03-16, 2026-05-30, false",
            "SELECTED,    -,          -,          false",
            "SELECTED,    2025-02-01, 2025-05-30, true",
            "NOT_GOING,   2026-03-01, 2026-05-30, false",
            "NOT_GOING,   -,          -,          false",
            "IN_PROGRESS, 2026-03-01, 2026-05-30, true",
            "IN_PROGRESS, -,          -,          true",
            "COMPLETED,   2025-09-01, 2025-12-20, true"})
    void aStudentWritesOnceTheMobilityHasBegun(Stage stage, LocalDate start, LocalDate end, boolean allowed) {
        assertThat(TestimonyEligibility.mayWrite(new MobilityFacts(stage, start, end, TODAY))).isEqualTo(allowed);
    }
}
