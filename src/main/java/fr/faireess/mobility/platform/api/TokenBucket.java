package fr.faireess.mobility.platform.api;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * The rate rule of an API client, as a value: a token bucket of {@code capacity} calls, refilled at
 * {@code capacity} a minute. A call takes a token; without one it is refused and told how many
 * seconds until the next. Time is in milliseconds of the application's clock; a bucket met with a
 * time before its own (another instance's clock slightly ahead) refills nothing.
 *
 * @param tokens the tokens left after the last call
 * @param atMillis when they were counted
 */
public record TokenBucket(double tokens, long atMillis) {

    private static final double MINUTE_MILLIS = 60_000d;

    /** What a call does to the bucket: the bucket after it, or (refused) the seconds to wait. */
    public record Take(Optional<TokenBucket> after, OptionalLong waitSeconds) {

        public boolean allowed() {
            return after.isPresent();
        }
    }

    /** A client's bucket before its first call: full. */
    public static TokenBucket full(int capacity, long nowMillis) {
        requirePositive(capacity);
        return new TokenBucket(capacity, nowMillis);
    }

    public Take take(int capacity, long nowMillis) {
        requirePositive(capacity);
        long elapsed = Math.max(0, nowMillis - atMillis);
        double available = Math.min(capacity, tokens + elapsed * capacity / MINUTE_MILLIS);
        if (available >= 1) {
            return new Take(Optional.of(new TokenBucket(available - 1, Math.max(nowMillis, atMillis))), OptionalLong.empty());
        }
        double missingMillis = (1 - available) * MINUTE_MILLIS / capacity;
        return new Take(Optional.empty(), OptionalLong.of(Math.max(1, (long) Math.ceil(missingMillis / 1000d))));
    }

    private static void requirePositive(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity " + capacity);
        }
    }
}
