package fr.faireess.mobility.platform.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import javax.cache.Cache;

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

    // ---------------------------------------------------------------- on a JCache (the Data Grid's, here a map)

    private final Map<String, byte[]> gridEntries = new HashMap<>();
    private final SharedCache onGrid = new SharedCache(mapBackedCache(gridEntries), now::get);

    @Test
    void onTheGridAValueIsKeptAsBytesForEveryInstance() {
        assertThat(onGrid.onDataGrid()).isTrue();
        ArrayList<?> first = onGrid.get("campuses", ArrayList.class, this::load);
        assertThat(gridEntries).containsKey("campuses");
        // Another instance, on the same grid, reads the value this one kept without loading it.
        SharedCache other = new SharedCache(mapBackedCache(gridEntries), now::get);
        ArrayList<?> there = other.get("campuses", ArrayList.class, this::load);
        assertThat(there).isEqualTo(first).isNotSameAs(first);
        assertThat(loads).hasValue(1);
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(SharedCache.NEAR_MS));
        assertThat(other.get("campuses", ArrayList.class, this::load)).as("the grid asked again, its bytes unchanged: not decoded again")
                .isSameAs(there);
    }

    @Test
    void onTheGridForgettingOnOneInstanceForgetsForAllWithinTheNearTime() {
        onGrid.get("campuses", ArrayList.class, this::load);
        SharedCache other = new SharedCache(mapBackedCache(gridEntries), now::get);
        other.forget("campuses");
        assertThat(onGrid.holds("campuses")).isFalse();
        assertThat(onGrid.get("campuses", ArrayList.class, this::load)).as("its near copy, not a second old").contains("#1");
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(SharedCache.NEAR_MS));
        assertThat(onGrid.get("campuses", ArrayList.class, this::load)).as("the grid asked again").contains("#2");
        assertThat(other.get("campuses", ArrayList.class, this::load)).as("loaded by the first, read by the other").contains("#2");
        assertThat(loads).hasValue(2);
    }

    @Test
    void onTheGridTheInstanceThatForgetsReadsAgainAtOnce() {
        onGrid.get("campuses", ArrayList.class, this::load);
        onGrid.forget("campuses");
        assertThat(onGrid.get("campuses", ArrayList.class, this::load)).contains("#2");
    }

    @Test
    void onTheGridANearCopySparesTheGridForTheNearTime() {
        onGrid.get("campuses", ArrayList.class, this::load);
        gridEntries.put("campuses", SharedCache.encode(new ArrayList<>(List.of("changed elsewhere"))));
        assertThat(onGrid.get("campuses", ArrayList.class, this::load)).contains("#1");
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(SharedCache.NEAR_MS) - 1);
        assertThat(onGrid.get("campuses", ArrayList.class, this::load)).contains("#1");
        now.addAndGet(1);
        assertThat(onGrid.get("campuses", ArrayList.class, this::load)).containsExactly("changed elsewhere");
        assertThat(loads).hasValue(1);
    }

    /** Bytes another version of the application wrote with classes this one cannot read: loaded again. */
    @Test
    void onTheGridUnreadableBytesAreLoadedAgainAndReplaced() throws Exception {
        gridEntries.put("campuses", SharedCache.encode(new ArrayList<>(List.of(new javax.naming.CompositeName("a/b")))));
        assertThat(onGrid.get("campuses", ArrayList.class, this::load)).contains("#1");
        assertThat(SharedCache.decode(gridEntries.get("campuses"))).as("this version's bytes, written over them")
                .isEqualTo(List.of("PERPIGNAN", "MONTPELLIER", "#1"));
        assertThat(loads).hasValue(1);
    }

    /**
     * A JCache whose get, put, remove and containsKey work on {@code entries}: the four operations
     * SharedCache uses. Any other call fails the test, so a new use of the JCache is noticed here.
     */
    @SuppressWarnings("unchecked")
    private static Cache<String, byte[]> mapBackedCache(Map<String, byte[]> entries) {
        return (Cache<String, byte[]>) Proxy.newProxyInstance(SharedCacheTest.class.getClassLoader(), new Class<?>[] {Cache.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "get" -> entries.get((String) args[0]);
                    case "put" -> {
                        entries.put((String) args[0], (byte[]) args[1]);
                        yield null;
                    }
                    case "remove" -> entries.remove((String) args[0]) != null;
                    case "containsKey" -> entries.containsKey((String) args[0]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
