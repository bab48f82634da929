package fr.faireess.mobility.application;

import static fr.faireess.mobility.application.ApplicationStatus.By.COORDINATOR;
import static fr.faireess.mobility.application.ApplicationStatus.By.STUDENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import fr.faireess.mobility.application.ApplicationStatus.By;
import fr.faireess.mobility.call.MobilityCall;
import fr.faireess.mobility.identity.Account;

/** Every pair of states, for each kind of person: allowed exactly when the table below says so. */
class ApplicationStatusTest {

    private static final Set<String> ALLOWED = Set.of(
            "DRAFT>SUBMITTED:STUDENT", "DRAFT>WITHDRAWN:STUDENT",
            "SUBMITTED>CHANGES_REQUESTED:COORDINATOR", "SUBMITTED>SELECTED:COORDINATOR",
            "SUBMITTED>WAITLISTED:COORDINATOR", "SUBMITTED>REJECTED:COORDINATOR", "SUBMITTED>WITHDRAWN:STUDENT",
            "CHANGES_REQUESTED>SUBMITTED:STUDENT", "CHANGES_REQUESTED>WITHDRAWN:STUDENT",
            "WAITLISTED>SELECTED:COORDINATOR", "WAITLISTED>REJECTED:COORDINATOR", "WAITLISTED>WITHDRAWN:STUDENT",
            "SELECTED>WITHDRAWN:STUDENT");

    static Stream<Arguments> everyMove() {
        Stream.Builder<Arguments> moves = Stream.builder();
        for (ApplicationStatus from : ApplicationStatus.values()) {
            for (ApplicationStatus to : ApplicationStatus.values()) {
                for (By by : By.values()) {
                    moves.add(Arguments.of(from, to, by, ALLOWED.contains(from + ">" + to + ":" + by)));
                }
            }
        }
        return moves.build();
    }

    @ParameterizedTest(name = "{0} → {1} by {2}: {3}")
    @MethodSource("everyMove")
    void onlyTheListedMovesAreAllowed(ApplicationStatus from, ApplicationStatus to, By by, boolean allowed) {
        assertThat(from.canMoveTo(to, by)).isEqualTo(allowed);
    }

    @Test
    void rejectedAndWithdrawnAreFinal() {
        for (By by : By.values()) {
            assertThat(ApplicationStatus.REJECTED.next(by)).isEmpty();
            assertThat(ApplicationStatus.WITHDRAWN.next(by)).isEmpty();
        }
        assertThat(ApplicationStatus.REJECTED.isFinal()).isTrue();
        assertThat(ApplicationStatus.SELECTED.isFinal()).isFalse();
    }

    @Test
    void theStudentEditsOnlyADraftOrAFileReturnedForChanges() {
        assertThat(EnumSet.allOf(ApplicationStatus.class).stream().filter(ApplicationStatus::editableByStudent))
                .containsExactlyInAnyOrder(ApplicationStatus.DRAFT, ApplicationStatus.CHANGES_REQUESTED);
    }

    @Test
    void aCoordinatorDecidesOnASubmittedFile() {
        assertThat(ApplicationStatus.SUBMITTED.next(COORDINATOR)).containsExactlyInAnyOrder(
                ApplicationStatus.CHANGES_REQUESTED, ApplicationStatus.SELECTED, ApplicationStatus.WAITLISTED,
                ApplicationStatus.REJECTED);
        assertThat(ApplicationStatus.SUBMITTED.next(STUDENT)).containsExactly(ApplicationStatus.WITHDRAWN);
    }

    /** A shortest way from DRAFT to each state, through allowed moves only. */
    private static final Map<ApplicationStatus, List<ApplicationStatus>> PATH = Map.of(
            ApplicationStatus.DRAFT, List.of(),
            ApplicationStatus.SUBMITTED, List.of(ApplicationStatus.SUBMITTED),
            ApplicationStatus.CHANGES_REQUESTED, List.of(ApplicationStatus.SUBMITTED, ApplicationStatus.CHANGES_REQUESTED),
            ApplicationStatus.SELECTED, List.of(ApplicationStatus.SUBMITTED, ApplicationStatus.SELECTED),
            ApplicationStatus.WAITLISTED, List.of(ApplicationStatus.SUBMITTED, ApplicationStatus.WAITLISTED),
            ApplicationStatus.REJECTED, List.of(ApplicationStatus.SUBMITTED, ApplicationStatus.REJECTED),
            ApplicationStatus.WITHDRAWN, List.of(ApplicationStatus.WITHDRAWN));

    private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");

    private static MobilityApplication fileIn(ApplicationStatus state) {
        MobilityApplication application = new MobilityApplication(new MobilityCall() { }, new Account() { }, Instant.EPOCH);
        ApplicationStatus current = ApplicationStatus.DRAFT;
        for (ApplicationStatus step : PATH.get(state)) {
            By by = current.next(By.STUDENT).contains(step) ? By.STUDENT : By.COORDINATOR;
            application.moveTo(step, by, Instant.EPOCH);
            current = step;
        }
        assertThat(application.getStatus()).isEqualTo(state);
        return application;
    }

    @ParameterizedTest(name = "file {0} → {1} by {2}: {3}")
    @MethodSource("everyMove")
    void theFileItselfMovesOnlyAsTheTableSaysAndStampsTheMove(ApplicationStatus from, ApplicationStatus to, By by, boolean allowed) {
        MobilityApplication application = fileIn(from);
        if (allowed) {
            assertThat(application.moveTo(to, by, AT)).isEqualTo(from);
            assertThat(application.getStatus()).isEqualTo(to);
            if (to == ApplicationStatus.SUBMITTED) {
                assertThat(application.getSubmittedAt()).isEqualTo(AT);
            }
            if (by == COORDINATOR) {
                assertThat(application.getDecidedAt()).isEqualTo(AT);
            }
        } else {
            assertThatThrownBy(() -> application.moveTo(to, by, AT)).isInstanceOf(IllegalTransitionException.class);
            assertThat(application.getStatus()).isEqualTo(from);
            assertThat(application.getDecidedAt()).isNotEqualTo(AT);
            assertThat(application.getSubmittedAt()).isNotEqualTo(AT);
        }
    }
}
