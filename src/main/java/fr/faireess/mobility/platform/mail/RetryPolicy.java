package fr.faireess.mobility.platform.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What happens after a failed delivery: another try later, each wait longer than the one before,
 * or giving up. A permanent refusal (the server rejected the address) is not retried: trying again
 * would only fail again.
 */
public final class RetryPolicy {

    /** 5 tries over about 1 h 20: a short SMTP outage is absorbed, a dead address stops soon. */
    public static final RetryPolicy STANDARD = new RetryPolicy(List.of(
            Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofHours(1)));

    private final List<Duration> waits;

    /** {@code waits.get(n - 1)} is the wait after the n-th failed try; one try more than waits in all. */
    public RetryPolicy(List<Duration> waits) {
        this.waits = List.copyOf(Objects.requireNonNull(waits));
    }

    public int maxAttempts() {
        return waits.size() + 1;
    }

    /**
     * @param attempts tries made so far, the failed one included (1 after the first failure)
     * @param permanent whether the failure would happen again whatever the time
     */
    public Outcome afterFailure(int attempts, boolean permanent, Instant now) {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1: " + attempts);
        }
        if (permanent || attempts >= maxAttempts()) {
            return new Outcome(MailState.FAILED, null);
        }
        return new Outcome(MailState.QUEUED, now.plus(waits.get(attempts - 1)));
    }

    /** The mail's next state, and when to try again if it is queued. */
    public record Outcome(MailState state, Instant nextAttemptAt) {
    }
}
