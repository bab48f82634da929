package fr.faireess.mobility.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The lock-out rule for repeated failed logins, in plain Java: after {@code maxFailures} failures in a
 * row on one login, further attempts are refused until {@code lockDuration} has passed; a success
 * resets the count. Failures older than the lock duration no longer count, so a forgotten typo last
 * week does not bring anyone closer to a lock.
 */
public final class LoginThrottle {

    private final int maxFailures;
    private final Duration lockDuration;

    public LoginThrottle(int maxFailures, Duration lockDuration) {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maxFailures must be at least 1");
        }
        this.maxFailures = maxFailures;
        this.lockDuration = Objects.requireNonNull(lockDuration);
    }

    /** The failure record of one login: how many in a row, the last one, and any lock. */
    public record State(int failures, Instant lastFailure, Instant lockedUntil) {
        public static final State CLEAN = new State(0, null, null);
    }

    public boolean isLocked(State state, Instant now) {
        return state.lockedUntil() != null && now.isBefore(state.lockedUntil());
    }

    /** The state after one more failure at {@code now}. */
    public State afterFailure(State state, Instant now) {
        boolean stale = state.lastFailure() == null || !now.isBefore(state.lastFailure().plus(lockDuration));
        boolean lockExpired = state.lockedUntil() != null && !now.isBefore(state.lockedUntil());
        int failures = (stale || lockExpired) ? 1 : state.failures() + 1;
        Instant lockedUntil = failures >= maxFailures ? now.plus(lockDuration) : null;
        return new State(failures, now, lockedUntil);
    }

    /** Minutes left before a locked login may try again, rounded up (at least 1). */
    public long minutesLeft(State state, Instant now) {
        if (!isLocked(state, now)) {
            return 0;
        }
        long seconds = Duration.between(now, state.lockedUntil()).getSeconds();
        return Math.max(1, (seconds + 59) / 60);
    }
}
