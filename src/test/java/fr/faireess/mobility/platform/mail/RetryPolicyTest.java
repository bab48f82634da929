package fr.faireess.mobility.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RetryPolicyTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    static Stream<Arguments> standardPolicy() {
        return Stream.of(
                // failed tries so far, permanent?, next state, wait before the next try (null = none)
                Arguments.of(1, false, MailState.QUEUED, Duration.ofMinutes(1)),
                Arguments.of(2, false, MailState.QUEUED, Duration.ofMinutes(5)),
                Arguments.of(3, false, MailState.QUEUED, Duration.ofMinutes(15)),
                Arguments.of(4, false, MailState.QUEUED, Duration.ofHours(1)),
                Arguments.of(5, false, MailState.FAILED, null),
                Arguments.of(6, false, MailState.FAILED, null),
                Arguments.of(1, true, MailState.FAILED, null),
                Arguments.of(3, true, MailState.FAILED, null));
    }

    @ParameterizedTest(name = "after {0} failed tries (permanent: {1}) → {2}, wait {3}")
    @MethodSource("standardPolicy")
    void eachFailureWaitsLongerThenGivesUpAfterFiveTries(int attempts, boolean permanent, MailState state, Duration wait) {
        RetryPolicy.Outcome outcome = RetryPolicy.STANDARD.afterFailure(attempts, permanent, NOW);
        assertThat(outcome.state()).isEqualTo(state);
        assertThat(outcome.nextAttemptAt()).isEqualTo(wait == null ? null : NOW.plus(wait));
    }

    @Test
    void theNumberOfTriesIsOneMoreThanTheNumberOfWaits() {
        assertThat(RetryPolicy.STANDARD.maxAttempts()).isEqualTo(5);
        RetryPolicy once = new RetryPolicy(java.util.List.of());
        assertThat(once.maxAttempts()).isEqualTo(1);
        assertThat(once.afterFailure(1, false, NOW).state()).isEqualTo(MailState.FAILED);
    }

    @Test
    void aFailureBeforeAnyTryIsNonsense() {
        assertThatThrownBy(() -> RetryPolicy.STANDARD.afterFailure(0, false, NOW)).isInstanceOf(IllegalArgumentException.class);
    }
}
