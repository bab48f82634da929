package fr.faireess.mobility.home.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import fr.faireess.mobility.home.TodoItem;
import fr.faireess.mobility.home.TodoKind;

class TodoBadgeCacheTest {

    private static final Instant T0 = Instant.parse("2026-12-05T10:00:00Z");

    private final TodoBadgeCache cache = new TodoBadgeCache();
    private final AtomicInteger reads = new AtomicInteger();

    /** Each read counts one more file to decide than the one before, so a re-read shows. */
    private final Supplier<List<TodoItem>> read = () -> List.of(
            TodoItem.of(TodoKind.FILES_TO_DECIDE, reads.incrementAndGet(), "/coordinator/applications/list"));

    private long countAt(Instant now) {
        return cache.items(now, read).get(0).count();
    }

    @Test
    void theCountsAreReadOnceAndKeptWhileFresh() {
        assertThat(countAt(T0)).isEqualTo(1);
        assertThat(countAt(T0.plusSeconds(5))).isEqualTo(1);
        assertThat(countAt(T0.plus(TodoBadgeCache.FRESH_FOR))).isEqualTo(1);
        assertThat(reads).hasValue(1);
    }

    @Test
    void theyAreReadAgainOnceTooOld() {
        countAt(T0);
        assertThat(countAt(T0.plus(TodoBadgeCache.FRESH_FOR).plusMillis(1))).isEqualTo(2);
    }

    @Test
    void theyAreReadAgainAfterTheUserChangedSomething() {
        countAt(T0);
        cache.changed();
        assertThat(countAt(T0.plusSeconds(1))).isEqualTo(2);
    }

    @Test
    void theyAreReadAgainWhenTheClockWentBack() {
        countAt(T0);
        assertThat(countAt(T0.minusSeconds(1))).isEqualTo(2);
    }

    @Test
    void countsKeptByTheHomeAreWhatTheNextPagesShow() {
        countAt(T0);
        cache.keep(List.of(TodoItem.of(TodoKind.FILES_TO_DECIDE, 7, "/coordinator/applications/list")), T0.plusSeconds(30));
        assertThat(countAt(T0.plusSeconds(40))).isEqualTo(7);
        assertThat(reads).hasValue(1);
    }
}
