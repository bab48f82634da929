package fr.faireess.mobility.platform.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** The shared cache without the Data Grid (this instance's memory), on a clock of the test's own. */
class SharedCacheTest {

    private final AtomicLong now = new AtomicLong(1_000);
    private final SharedCache cache = new SharedCache(now::get);
    private final AtomicInteger loads = new AtomicInteger();

    private ArrayList<String> load() {
        loads.incrementAndGet();
        return new ArrayList<>(List.of("PERPIGNAN", "MONTPELLIER", "#" + loads.get()));
    }

    @Test
    void aValueIsLoadedOnceThenKept() {
        assertThat(cache.onDataGrid()).isFalse();
        assertThat(cache.holds("campuses")).isFalse();
        assertThat(cache.get("campuses", ArrayList.class, this::load)).containsExactly("PERPIGNAN", "MONTPELLIER", "#1");
        assertThat(cache.get("campuses", ArrayList.class, this::load)).containsExactly("PERPIGNAN", "MONTPELLIER", "#1");
        assertThat(loads).hasValue(1);
        assertThat(cache.holds("campuses")).isTrue();
    }

    @Test
    void aForgottenValueIsLoadedAgainAndTheOthersStay() {
        cache.get("campuses", ArrayList.class, this::load);
        cache.get("countries", ArrayList.class, this::load);
        cache.forget("campuses");
        assertThat(cache.holds("campuses")).isFalse();
        assertThat(cache.holds("countries")).isTrue();
        assertThat(cache.get("campuses", ArrayList.class, this::load)).contains("#3");
        assertThat(cache.get("countries", ArrayList.class, this::load)).contains("#2");
    }

    @Test
    void aValueExpiresAfterItsLifetimeWhateverHappens() {
        cache.get("campuses", ArrayList.class, this::load);
        now.addAndGet(TimeUnit.SECONDS.toNanos(SharedCache.LIFETIME_SECONDS) - 1);
        assertThat(cache.get("campuses", ArrayList.class, this::load)).contains("#1");
        now.addAndGet(1);
        assertThat(cache.holds("campuses")).isFalse();
        assertThat(cache.get("campuses", ArrayList.class, this::load)).contains("#2");
    }

    @Test
    void theDataGridsBytesReadBackAsACopy() {
        ArrayList<String> list = load();
        Object read = SharedCache.decode(SharedCache.encode(list));
        assertThat(read).isEqualTo(list).isNotSameAs(list);
    }

    /** A class outside the JDK's java.*, EclipseLink and the application is never read back from the grid's bytes. */
    @Test
    void bytesNamingAForeignClassAreRefused() throws Exception {
        byte[] foreign = SharedCache.encode(new ArrayList<>(List.of(new javax.naming.CompositeName("a/b"))));
        assertThatThrownBy(() -> SharedCache.decode(foreign)).isInstanceOf(IllegalStateException.class)
                .hasRootCauseInstanceOf(java.io.InvalidClassException.class);
    }
}
