package fr.faireess.mobility.module;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import fr.faireess.mobility.module.ModuleCompletionRule.Requirement;

class ModuleCompletionRuleTest {

    @ParameterizedTest(name = "{0} sessions / {1} required, {2} incidents / {3} required → {4} ({5})")
    @CsvSource({
            // attended, required, validated, required, completed, key, sessions missing, incidents missing
            "3, 3, 1, 1, true,  module.completion.completed,        0, 0",
            "5, 3, 2, 1, true,  module.completion.completed,        0, 0",
            "0, 0, 0, 0, true,  module.completion.completed,        0, 0",
            "2, 3, 1, 1, false, module.completion.missingSessions,  1, 0",
            "3, 3, 0, 1, false, module.completion.missingIncidents, 0, 1",
            "0, 4, 0, 2, false, module.completion.missingBoth,      4, 2",
            "4, 3, 1, 2, false, module.completion.missingIncidents, 0, 1",
    })
    void completionNeedsBothTheSessionsAndTheValidatedAnalyses(int attended, int sessionsRequired, int validated,
                                                                int incidentsRequired, boolean completed, String key,
                                                                int sessionsMissing, int incidentsMissing) {
        CompletionStatus status = ModuleCompletionRule.evaluate(attended, validated, new Requirement(sessionsRequired, incidentsRequired));
        assertThat(status.completed()).isEqualTo(completed);
        assertThat(status.explanationKey()).isEqualTo(key);
        assertThat(status.explanationArguments()).containsExactly(sessionsMissing, incidentsMissing);
        assertThat(status.sessionsAttended()).isEqualTo(attended);
        assertThat(status.incidentsRequired()).isEqualTo(incidentsRequired);
    }

    @Test
    void aCohortWithoutRequirementsHasNotCompletedTheModuleSoTheGateRefuses() {
        CompletionStatus status = ModuleCompletionRule.evaluate(10, 5, null);
        assertThat(status.completed()).isFalse();
        assertThat(status.explanationKey()).isEqualTo(CompletionStatus.NO_REQUIREMENT);
        assertThat(status.sessionsAttended()).isEqualTo(10);
    }

    @Test
    void aRequirementCannotBeNegative() {
        assertThatThrownBy(() -> new Requirement(-1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Requirement(0, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
