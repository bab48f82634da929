package fr.faireess.mobility.platform.persistence;

import java.util.concurrent.atomic.AtomicLong;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/**
 * A number that moves whenever this instance writes an entity that listens to it
 * ({@code @EntityListeners(WriteGeneration.Listener.class)}): what keeps a figure computed from those
 * tables (the review list's counts) may keep it while the number has not moved. It moves at the
 * write and again once its transaction ended, so a figure read by another request between the two
 * (the write not yet committed, the old value) is not kept past the commit either. Writes by other
 * instances and bulk statements (the retention purge's deletes) do not move it: who keeps figures
 * bounds their age as well.
 */
public final class WriteGeneration {

    private static final AtomicLong GENERATION = new AtomicLong();
    /** The transaction's resource marking that its end is already followed. */
    private static final Object FOLLOWED = WriteGeneration.class.getName() + ".followed";

    private WriteGeneration() {
    }

    public static long current() {
        return GENERATION.get();
    }

    private static void moved() {
        GENERATION.incrementAndGet();
    }

    /** The entity listener: moves the number at the write and after its transaction. */
    public static class Listener {

        @PostPersist
        @PostUpdate
        @PostRemove
        void written(Object entity) {
            moved();
            AfterCommit.once(FOLLOWED, WriteGeneration::moved);
        }
    }
}
