package fr.faireess.mobility.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import fr.faireess.mobility.identity.LoginThrottle.State;

class LoginThrottleTest {

    private static final Instant T0 = Instant.parse("2026-11-28T09:00:00Z");
    private final LoginThrottle throttle = new LoginThrottle(5, Duration.ofMinutes(15));

    private State fail(int times, Instant from, Duration step) {
        State state = State.CLEAN;
        for (int i = 0; i < times; i++) {
            state = throttle.afterFailure(state, from.plus(step.multipliedBy(i)));
        }
        return state;
    }

    @Test
    void fourFailuresDoNotLock() {
        State state = fail(4, T0, Duration.ofSeconds(10));
        assertThat(state.failures()).isEqualTo(4);
        assertThat(throttle.isLocked(state, T0.plusSeconds(40))).isFalse();
    }

    @Test
    void theFifthFailureLocksForFifteenMinutes() {
        State state = fail(5, T0, Duration.ofSeconds(10));
        Instant fifth = T0.plusSeconds(40);
        assertThat(state.lockedUntil()).isEqualTo(fifth.plus(Duration.ofMinutes(15)));
        assertThat(throttle.isLocked(state, fifth.plus(Duration.ofMinutes(14)))).isTrue();
        assertThat(throttle.minutesLeft(state, fifth)).isEqualTo(15);
        assertThat(throttle.minutesLeft(state, fifth.plus(Duration.ofMinutes(14)).plusSeconds(30))).isEqualTo(1);
        assertThat(throttle.isLocked(state, fifth.plus(Duration.ofMinutes(15)))).isFalse();
        assertThat(throttle.minutesLeft(state, fifth.plus(Duration.ofMinutes(15)))).isZero();
    }

    @Test
    void afterALockExpiresTheCountStartsAgain() {
        State locked = fail(5, T0, Duration.ofSeconds(1));
        State next = throttle.afterFailure(locked, T0.plus(Duration.ofMinutes(20)));
        assertThat(next.failures()).isEqualTo(1);
        assertThat(next.lockedUntil()).isNull();
    }

    @Test
    void failuresSpreadOverTimeNeverAddUpToALock() {
        State state = fail(10, T0, Duration.ofMinutes(16));
        assertThat(state.failures()).isEqualTo(1);
        assertThat(throttle.isLocked(state, T0.plus(Duration.ofHours(3)))).isFalse();
    }

    @Test
    void aCleanStateIsNeverLocked() {
        assertThat(throttle.isLocked(State.CLEAN, T0)).isFalse();
        assertThat(throttle.minutesLeft(State.CLEAN, T0)).isZero();
    }

    @Test
    void theRuleNeedsAtLeastOneAttempt() {
        assertThatThrownBy(() -> new LoginThrottle(0, Duration.ofMinutes(1))).isInstanceOf(IllegalArgumentException.class);
    }
}
