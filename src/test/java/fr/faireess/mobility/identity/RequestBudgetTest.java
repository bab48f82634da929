package fr.faireess.mobility.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import fr.faireess.mobility.identity.RequestBudget.State;

class RequestBudgetTest {

    private static final Instant T0 = Instant.parse("2026-11-28T09:00:00Z");
    private final RequestBudget budget = new RequestBudget(3, Duration.ofHours(1));

    @Test
    void threeRequestsAnHourGoAheadTheFourthDoesNot() {
        State state = State.CLEAN;
        for (int i = 0; i < 3; i++) {
            state = budget.afterRequest(state, T0.plusSeconds(60L * i));
            assertThat(budget.allows(state)).as("request %d", i + 1).isTrue();
        }
        state = budget.afterRequest(state, T0.plusSeconds(600));
        assertThat(budget.allows(state)).isFalse();
        state = budget.afterRequest(state, T0.plusSeconds(3599));
        assertThat(budget.allows(state)).as("still inside the hour").isFalse();
    }

    @Test
    void aNewWindowOpensOnceTheHourIsOver() {
        State state = State.CLEAN;
        for (int i = 0; i < 5; i++) {
            state = budget.afterRequest(state, T0);
        }
        State later = budget.afterRequest(state, T0.plus(Duration.ofHours(1)));
        assertThat(later).isEqualTo(new State(1, T0.plus(Duration.ofHours(1))));
        assertThat(budget.allows(later)).isTrue();
    }

    @Test
    void aBudgetAllowsAtLeastOneRequest() {
        assertThatThrownBy(() -> new RequestBudget(0, Duration.ofHours(1))).isInstanceOf(IllegalArgumentException.class);
    }
}
