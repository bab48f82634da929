package fr.faireess.mobility.platform.api;

import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import jakarta.enterprise.context.ApplicationScoped;

import fr.faireess.mobility.platform.config.Settings;

/**
 * One {@link TokenBucket} per API client, in memory ({@code MOBILITY_API_RATE_PER_MINUTE} calls a
 * minute each). Per instance: behind a load balancer each instance counts its own calls, which is
 * enough to keep one client from monopolising a server.
 */
@ApplicationScoped
public class RateLimiter {

    private final int perMinute = Settings.fromConfig().apiRatePerMinute();
    private final ConcurrentMap<Long, TokenBucket> buckets = new ConcurrentHashMap<>();

    /** Empty when the client may call now; otherwise the seconds it should wait. */
    public OptionalLong take(long clientId) {
        return buckets.computeIfAbsent(clientId, id -> new TokenBucket(perMinute, System::nanoTime)).take();
    }
}
