package fr.faireess.mobility.module;

import static fr.faireess.mobility.module.IncidentStatus.DRAFT;
import static fr.faireess.mobility.module.IncidentStatus.REWORK_REQUESTED;
import static fr.faireess.mobility.module.IncidentStatus.SUBMITTED;
import static fr.faireess.mobility.module.IncidentStatus.VALIDATED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class IncidentStatusTest {

    /** Every allowed move; every pair not listed is forbidden. */
    private static final Map<IncidentStatus, Set<IncidentStatus>> ALLOWED = Map.of(
            DRAFT, EnumSet.of(SUBMITTED),
            SUBMITTED, EnumSet.of(VALIDATED, REWORK_REQUESTED),
            REWORK_REQUESTED, EnumSet.of(SUBMITTED),
            VALIDATED, EnumSet.noneOf(IncidentStatus.class));

    @Test
    void theLifeCycleAllowsExactlyTheListedMoves() {
        for (IncidentStatus from : IncidentStatus.values()) {
            for (IncidentStatus to : IncidentStatus.values()) {
                assertThat(from.canMoveTo(to)).as(from + " -> " + to).isEqualTo(ALLOWED.get(from).contains(to));
            }
        }
    }

    @Test
    void theStudentEditsOnlyDraftsAndAnalysesSentBack() {
        assertThat(EnumSet.allOf(IncidentStatus.class).stream().filter(IncidentStatus::editableByStudent))
                .containsExactlyInAnyOrder(DRAFT, REWORK_REQUESTED);
    }
}
