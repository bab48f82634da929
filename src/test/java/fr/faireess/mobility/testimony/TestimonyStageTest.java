package fr.faireess.mobility.testimony;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fr.faireess.mobility.placement.PlacementState;

/** A placement's state decides whether its student may write a testimony. */
class TestimonyStageTest {

    @ParameterizedTest(name = "{0} → may write: {1}")
    @CsvSource({
            "PROPOSED, false", "CONFIRMED, false", "IN_PROGRESS, true", "COMPLETED, true",
            "INTERRUPTED, true", "CANCELLED, false"})
    void onlyAPlacementUnderWayOrOverAllowsATestimony(PlacementState state, boolean mayWrite) {
        LocalDate today = LocalDate.of(2026, 11, 28);
        var facts = new TestimonyEligibility.MobilityFacts(TestimonyService.stageOf(state),
                today.minusMonths(2), today.plusMonths(1), today);
        assertThat(TestimonyEligibility.mayWrite(facts)).isEqualTo(mayWrite);
    }
}
