package fr.faireess.mobility.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** The review list's counts: kept per key for a while, never past a write on this instance. */
class KeptCountsTest {

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final AtomicLong generation = new AtomicLong();
    private final AtomicLong computed = new AtomicLong();
    private final KeptCounts<String> counts = new KeptCounts<>(5_000_000_000L, 2, nanos::get, generation::get);

    private long count(String key, long value) {
        return counts.get(key, () -> {
            computed.incrementAndGet();
            return value;
        });
    }

    @Test
    void aCountIsKeptPerKeyUntilItsTimeIsOver() {
        assertThat(count("PERPIGNAN", 12)).isEqualTo(12);
        nanos.addAndGet(4_999_999_999L);
        assertThat(count("PERPIGNAN", 99)).isEqualTo(12);
        assertThat(count("MONTPELLIER", 7)).isEqualTo(7);
        assertThat(computed).hasValue(2);
        nanos.incrementAndGet();
        assertThat(count("PERPIGNAN", 13)).isEqualTo(13);
        assertThat(computed).hasValue(3);
    }

    @Test
    void aWriteOnThisInstanceForgetsEveryCountAtOnce() {
        count("PERPIGNAN", 12);
        count("MONTPELLIER", 7);
        generation.incrementAndGet();
        assertThat(count("PERPIGNAN", 11)).isEqualTo(11);
        assertThat(count("MONTPELLIER", 8)).isEqualTo(8);
        assertThat(count("PERPIGNAN", 0)).isEqualTo(11);
        assertThat(computed).hasValue(4);
    }

    @Test
    void aCountComputedWhileAWriteHappenedIsNotKept() {
        counts.get("PERPIGNAN", () -> {
            generation.incrementAndGet();   // another request wrote while this one counted
            return 12;
        });
        assertThat(count("PERPIGNAN", 13)).isEqualTo(13);
        assertThat(count("PERPIGNAN", 14)).isEqualTo(13);
    }

    @Test
    void theLeastRecentlyUsedKeyGoesBeyondTheCapacity() {
        count("A", 1);
        count("B", 2);
        count("A", 0);          // A used again: B is now the eldest
        count("C", 3);
        assertThat(count("A", 9)).isEqualTo(1);
        assertThat(count("B", 20)).isEqualTo(20);
    }
}
