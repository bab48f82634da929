package fr.faireess.mobility.platform.api;

import java.util.OptionalLong;
import java.util.function.LongSupplier;

/**
 * A token bucket: {@code capacity} calls at once, refilled at {@code capacity} per minute. Each call
 * takes a token; without one it is refused and told how many seconds until the next.
 */
public final class TokenBucket {

    private static final long MINUTE_NANOS = 60_000_000_000L;

    private final int capacity;
    private final LongSupplier nanoTime;
    private double tokens;
    private long last;

    public TokenBucket(int capacity, LongSupplier nanoTime) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity " + capacity);
        }
        this.capacity = capacity;
        this.nanoTime = nanoTime;
        this.tokens = capacity;
        this.last = nanoTime.getAsLong();
    }

    /** Empty when the call may go on; otherwise the seconds to wait (at least 1). */
    public synchronized OptionalLong take() {
        long now = nanoTime.getAsLong();
        tokens = Math.min(capacity, tokens + (now - last) * (double) capacity / MINUTE_NANOS);
        last = now;
        if (tokens >= 1) {
            tokens -= 1;
            return OptionalLong.empty();
        }
        double missingNanos = (1 - tokens) * MINUTE_NANOS / capacity;
        return OptionalLong.of(Math.max(1, (long) Math.ceil(missingNanos / 1_000_000_000d)));
    }
}
