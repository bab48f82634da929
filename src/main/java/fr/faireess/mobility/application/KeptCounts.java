package fr.faireess.mobility.application;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Counts kept per key for a short time, while a generation number has not moved: the rule behind
 * {@link ApplicationQueries#count}. A count computed while the generation moved is not kept past it;
 * the least recently used keys go beyond {@code capacity}.
 */
final class KeptCounts<K> {

    private record Kept(long value, long at, long generation) {
    }

    private final long keepNanos;
    private final LongSupplier nanoTime;
    private final LongSupplier generation;
    private final Map<K, Kept> kept;

    KeptCounts(long keepNanos, int capacity, LongSupplier nanoTime, LongSupplier generation) {
        this.keepNanos = keepNanos;
        this.nanoTime = nanoTime;
        this.generation = generation;
        this.kept = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, Kept> eldest) {
                return size() > capacity;
            }
        };
    }

    long get(K key, LongSupplier count) {
        long now = nanoTime.getAsLong();
        long before = generation.getAsLong();
        synchronized (kept) {
            Kept known = kept.get(key);
            if (known != null && known.generation() == before && now - known.at() < keepNanos) {
                return known.value();
            }
        }
        long value = count.getAsLong();
        synchronized (kept) {
            kept.put(key, new Kept(value, now, before));
        }
        return value;
    }
}
