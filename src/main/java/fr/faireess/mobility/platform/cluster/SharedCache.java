package fr.faireess.mobility.platform.cluster;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.cache.Cache;
import javax.cache.CacheException;
import javax.cache.CacheManager;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.expiry.CreatedExpiryPolicy;
import javax.cache.expiry.Duration;
import javax.naming.InitialContext;
import javax.naming.NamingException;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Values read often, changed rarely and shared by every instance of a cluster (the reference lists):
 * kept in Payara's JCache, which Hazelcast (the Data Grid) implements. Payara Micro has it even with
 * {@code --nohazelcast} (a grid of one instance, which joins no other); where no JCache is bound
 * (outside Payara: unit tests), in this instance's memory.
 *
 * <p>On the Data Grid a value is kept once for the cluster, so forgetting it on one instance forgets
 * it for all: at once on the instance that forgets, within {@link #NEAR_MS} ms on the others, which
 * use the value they read last for that long before they ask the grid again. It is stored as bytes
 * this class writes and reads with the application's classes, so Hazelcast never has to load them;
 * each instance decodes them again only when they differ from those it read last. The
 * value returned is shared by every caller of the instance: read it, never change it. Every value is
 * forgotten {@link #LIFETIME_SECONDS} s after it was kept, whatever happens: what bounds the age of a
 * value changed without the application (SQL run by hand, a migration on another instance).
 */
@ApplicationScoped
public class SharedCache {

    static final String NAME = "mobility-shared";
    static final long LIFETIME_SECONDS = 60;
    /**
     * How long an instance uses the value it last read from the grid before asking the grid again. A
     * grid read is a hand-off to one of Hazelcast's partition threads and back (about 40 µs measured
     * on an idle machine), paid for each list a page reads, and a wait for a core when the machine is
     * busy. So another instance's change is seen within this time; this instance's own at once.
     */
    static final long NEAR_MS = 1000;
    private static final long NEAR_NANOS = TimeUnit.MILLISECONDS.toNanos(NEAR_MS);
    /** Payara's JNDI name of the Data Grid's JCache manager (Payara Micro binds it even with {@code --nohazelcast}). */
    private static final String GRID_MANAGER = "payara/CacheManager";
    private static final Logger LOG = Logger.getLogger(SharedCache.class.getName());
    /** Only the JDK's, EclipseLink's and this application's classes are read back: nothing else is ever kept. */
    private static final ObjectInputFilter READABLE = ObjectInputFilter.Config.createFilter(
            "java.**;org.eclipse.persistence.**;fr.faireess.mobility.**;!*");

    private final LongSupplier nanoTime;
    /** Where the bytes are kept: the Data Grid's JCache once {@link #open()} found it, else this instance's memory. */
    private Store store;
    /** The last bytes read per key and their value, so that unchanged bytes are not decoded again. */
    private final ConcurrentMap<String, Decoded> decoded = new ConcurrentHashMap<>();

    public SharedCache() {
        this(System::nanoTime);
    }

    /** Without the Data Grid, on the given clock (tests). */
    SharedCache(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
        this.store = new MemoryStore();
    }

    /** On the given JCache as the Data Grid's, and on the given clock (tests). */
    SharedCache(Cache<String, byte[]> grid, LongSupplier nanoTime) {
        this(nanoTime);
        this.store = new GridStore(grid);
    }

    @PostConstruct
    void open() {
        CacheManager manager;
        try {
            manager = (CacheManager) new InitialContext().lookup(GRID_MANAGER);
        } catch (NamingException | RuntimeException e) {
            LOG.info("Shared cache: in this instance's memory (no JCache bound)");
            return;
        }
        try {
            store = new GridStore(outsideTheApplication(() -> onGrid(manager)));
            LOG.info("Shared cache: JCache '" + NAME + "' on the Data Grid");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Shared cache: the Data Grid's JCache failed; this instance's memory instead", e);
        }
    }

    /**
     * Runs {@code what} on a thread of its own that inherits nothing from the caller. A cache created
     * or first reached inside a request is tied by Payara to that request's invocation, which its Data
     * Grid then re-enters and ends again at later reads, closing the request's entity managers a
     * second time ("closed EntityManager"). Outside any invocation it is tied to none: this cache only
     * holds strings and bytes, so it needs no application class loader either.
     */
    private static <T> T outsideTheApplication(Supplier<T> what) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                result.set(what.get());
            } catch (RuntimeException e) {
                failure.set(e);
            }
        }, "mobility-shared-cache-open", 0, false);
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while opening the shared cache", e);
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }

    private static Cache<String, byte[]> onGrid(CacheManager manager) {
        Cache<String, byte[]> cache = manager.getCache(NAME, String.class, byte[].class);
        if (cache != null) {
            return cache;
        }
        try {
            return manager.createCache(NAME, new MutableConfiguration<String, byte[]>()
                    .setTypes(String.class, byte[].class)
                    .setExpiryPolicyFactory(CreatedExpiryPolicy.factoryOf(new Duration(TimeUnit.SECONDS, LIFETIME_SECONDS))));
        } catch (CacheException createdMeanwhile) {
            // Another instance starting at the same moment created it first.
            return manager.getCache(NAME, String.class, byte[].class);
        }
    }

    /** Whether values are kept in Payara's JCache: shared with the other instances when they form a cluster. */
    public boolean onDataGrid() {
        return store.remote();
    }

    /**
     * The value kept under {@code key}, or {@code load}'s, then kept. Reads of the same key at the same
     * moment may each load: loading is a read of the database, never a change.
     */
    public <T extends Serializable> T get(String key, Class<T> type, Supplier<T> load) {
        long now = nanoTime.getAsLong();
        Decoded near = decoded.get(key);
        if (near != null && store.remote() && now - near.checkedAt() < NEAR_NANOS && type.isInstance(near.value())) {
            return type.cast(near.value());
        }
        byte[] kept = store.get(key);
        Object value = kept == null ? null : decoded(key, kept, now);
        if (type.isInstance(value)) {
            return type.cast(value);
        }
        T loaded = load.get();
        byte[] bytes = encode(loaded);
        store.put(key, bytes);
        decoded.put(key, new Decoded(bytes, loaded, now));
        return loaded;
    }

    /** Whether a value is kept under {@code key} (and not yet expired), for this instance or the cluster. */
    public boolean holds(String key) {
        return store.holds(key);
    }

    /** Forgets {@code key}'s value: on this instance at once, on the others within {@link #NEAR_MS} ms. */
    public void forget(String key) {
        store.remove(key);
        decoded.remove(key);
    }

    /** The bytes' keeper: the four operations this class uses. */
    private interface Store {
        /** Whether a read costs a hand-off to another thread (the grid): then the near copy spares it. */
        boolean remote();

        byte[] get(String key);

        void put(String key, byte[] bytes);

        void remove(String key);

        boolean holds(String key);
    }

    /** The Data Grid's JCache, whose expiry policy forgets each value {@link #LIFETIME_SECONDS} s after it was put. */
    private record GridStore(Cache<String, byte[]> cache) implements Store {
        @Override public boolean remote() { return true; }
        @Override public byte[] get(String key) { return cache.get(key); }
        @Override public void put(String key, byte[] bytes) { cache.put(key, bytes); }
        @Override public void remove(String key) { cache.remove(key); }
        @Override public boolean holds(String key) { return cache.containsKey(key); }
    }

    /** This instance's memory, with the same lifetime as the grid's values, on this cache's clock. */
    private final class MemoryStore implements Store {
        private record Kept(byte[] bytes, long since) {
        }

        private final ConcurrentMap<String, Kept> kept = new ConcurrentHashMap<>();

        @Override
        public boolean remote() {
            return false;
        }

        @Override
        public byte[] get(String key) {
            Kept entry = kept.get(key);
            return entry != null && nanoTime.getAsLong() - entry.since() < TimeUnit.SECONDS.toNanos(LIFETIME_SECONDS)
                    ? entry.bytes() : null;
        }

        @Override public void put(String key, byte[] bytes) { kept.put(key, new Kept(bytes, nanoTime.getAsLong())); }
        @Override public void remove(String key) { kept.remove(key); }
        @Override public boolean holds(String key) { return get(key) != null; }
    }

    /** The bytes as last read on this instance, their value, and when the store was last asked. */
    private record Decoded(byte[] bytes, Object value, long checkedAt) {
    }

    /**
     * The value of the kept bytes, decoded again only when they are not those read last time; none
     * when they cannot be read: written by an instance of another version of the application (a
     * rolling upgrade) whose classes differ. The caller then loads the value and writes its own bytes.
     */
    private Object decoded(String key, byte[] bytes, long now) {
        Decoded last = decoded.get(key);
        if (last != null && Arrays.equals(last.bytes(), bytes)) {
            decoded.put(key, new Decoded(last.bytes(), last.value(), now));
            return last.value();
        }
        try {
            Object value = decode(bytes);
            decoded.put(key, new Decoded(bytes, value, now));
            return value;
        } catch (IllegalStateException unreadable) {
            LOG.info("Shared cache: '" + key + "' unreadable here (another version's classes?), read again: " + unreadable.getCause());
            return null;
        }
    }

    static byte[] encode(Serializable value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot keep " + value.getClass().getName(), e);
        }
        return bytes.toByteArray();
    }

    static Object decode(byte[] bytes) {
        // ObjectInputStream resolves classes with the loader of the code that calls it: this application's.
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            in.setObjectInputFilter(READABLE);
            return in.readObject();
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("Cannot read a kept value", e);
        }
    }
}
