package fr.faireess.mobility.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How many requests one key (an e-mail address typed, a client address) may make per window, in
 * plain Java: a fixed window that opens at the first request and closes {@code window} later. Used
 * for password-reset requests, which send mail: without it, anyone could flood a mailbox or the
 * outbox. Counted for every key, existing account or not, like failed logins ({@link LoginThrottle}).
 */
public final class RequestBudget {

    private final int max;
    private final Duration window;

    public RequestBudget(int max, Duration window) {
        if (max < 1) {
            throw new IllegalArgumentException("max must be at least 1");
        }
        this.max = max;
        this.window = Objects.requireNonNull(window);
    }

    /** Requests made in the window that opened at {@code windowStart}. */
    public record State(int count, Instant windowStart) {
        public static final State CLEAN = new State(0, null);
    }

    /** The state after one more request at {@code now}, whether it is allowed or not. */
    public State afterRequest(State state, Instant now) {
        if (state.windowStart() == null || !now.isBefore(state.windowStart().plus(window))) {
            return new State(1, now);
        }
        return new State(state.count() + 1, state.windowStart());
    }

    /** Whether the request that led to {@code after} ({@link #afterRequest}) may go ahead. */
    public boolean allows(State after) {
        return after.count() <= max;
    }
}
