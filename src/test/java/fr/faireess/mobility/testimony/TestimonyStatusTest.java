package fr.faireess.mobility.testimony;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import fr.faireess.mobility.testimony.TestimonyStatus.By;

/** Every pair of states, for each kind of actor: allowed exactly when the table below says so. */
class TestimonyStatusTest {

    private static final Set<String> ALLOWED = Set.of(
            "DRAFT>SUBMITTED:STUDENT",
            "SUBMITTED>CHANGES_REQUESTED:COORDINATOR", "SUBMITTED>APPROVED:COORDINATOR",
            "CHANGES_REQUESTED>SUBMITTED:STUDENT",
            "APPROVED>CHANGES_REQUESTED:COORDINATOR", "APPROVED>PUBLISHED:COORDINATOR",
            "PUBLISHED>UNPUBLISHED:COORDINATOR", "PUBLISHED>UNPUBLISHED:SYSTEM",
            "UNPUBLISHED>PUBLISHED:COORDINATOR", "UNPUBLISHED>CHANGES_REQUESTED:COORDINATOR");

    static Stream<Arguments> everyMove() {
        Stream.Builder<Arguments> moves = Stream.builder();
        for (TestimonyStatus from : TestimonyStatus.values()) {
            for (TestimonyStatus to : TestimonyStatus.values()) {
                for (By by : By.values()) {
                    moves.add(Arguments.of(from, to, by, ALLOWED.contains(from + ">" + to + ":" + by)));
                }
            }
        }
        return moves.build();
    }

    @ParameterizedTest(name = "{0} → {1} by {2}: {3}")
    @MethodSource("everyMove")
    void onlyTheListedMovesAreAllowed(TestimonyStatus from, TestimonyStatus to, By by, boolean allowed) {
        assertThat(from.canMoveTo(to, by)).isEqualTo(allowed);
    }

    @Test
    void nothingIsPublishedWithoutTheCoordinatorApprovingFirst() {
        for (By by : By.values()) {
            assertThat(TestimonyStatus.DRAFT.next(by)).doesNotContain(TestimonyStatus.PUBLISHED);
            assertThat(TestimonyStatus.SUBMITTED.next(by)).doesNotContain(TestimonyStatus.PUBLISHED);
        }
        assertThat(TestimonyStatus.APPROVED.next(By.COORDINATOR)).contains(TestimonyStatus.PUBLISHED);
        assertThat(TestimonyStatus.PUBLISHED.next(By.SYSTEM)).containsExactly(TestimonyStatus.UNPUBLISHED);
    }

    @Test
    void theStudentEditsOnlyADraftOrATestimonyReturnedForChanges() {
        assertThat(EnumSet.allOf(TestimonyStatus.class).stream().filter(TestimonyStatus::editableByStudent))
                .containsExactlyInAnyOrder(TestimonyStatus.DRAFT, TestimonyStatus.CHANGES_REQUESTED);
        assertThat(EnumSet.allOf(TestimonyStatus.class).stream().filter(s -> !s.visibleToStaff()))
                .containsExactly(TestimonyStatus.DRAFT);
    }
}
