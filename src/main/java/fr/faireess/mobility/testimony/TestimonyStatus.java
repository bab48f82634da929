package fr.faireess.mobility.testimony;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The life of a testimony and who may move it: DRAFT → SUBMITTED → (CHANGES_REQUESTED → SUBMITTED)
 * → APPROVED → PUBLISHED ⇄ UNPUBLISHED. A consent withdrawn or ended unpublishes on its own ({@link By#SYSTEM}).
 * Every allowed move is in {@link #MOVES}; anything else is refused.
 */
public enum TestimonyStatus {
    DRAFT, SUBMITTED, CHANGES_REQUESTED, APPROVED, PUBLISHED, UNPUBLISHED;

    /** Who makes a move. */
    public enum By { STUDENT, COORDINATOR, SYSTEM }

    private static final Map<TestimonyStatus, Map<TestimonyStatus, Set<By>>> MOVES = new EnumMap<>(TestimonyStatus.class);

    static {
        allow(DRAFT, SUBMITTED, By.STUDENT);
        allow(SUBMITTED, CHANGES_REQUESTED, By.COORDINATOR);
        allow(SUBMITTED, APPROVED, By.COORDINATOR);
        allow(CHANGES_REQUESTED, SUBMITTED, By.STUDENT);
        allow(APPROVED, CHANGES_REQUESTED, By.COORDINATOR);
        allow(APPROVED, PUBLISHED, By.COORDINATOR);
        allow(PUBLISHED, UNPUBLISHED, By.COORDINATOR, By.SYSTEM);
        allow(UNPUBLISHED, PUBLISHED, By.COORDINATOR);
        allow(UNPUBLISHED, CHANGES_REQUESTED, By.COORDINATOR);
    }

    private static void allow(TestimonyStatus from, TestimonyStatus to, By... who) {
        MOVES.computeIfAbsent(from, f -> new EnumMap<>(TestimonyStatus.class))
                .put(to, EnumSet.copyOf(Set.of(who)));
    }

    public boolean canMoveTo(TestimonyStatus target, By by) {
        return MOVES.getOrDefault(this, Map.of()).getOrDefault(target, Set.of()).contains(by);
    }

    /** The states reachable from this one by {@code by}. */
    public Set<TestimonyStatus> next(By by) {
        Set<TestimonyStatus> next = EnumSet.noneOf(TestimonyStatus.class);
        MOVES.getOrDefault(this, Map.of()).forEach((to, who) -> {
            if (who.contains(by)) {
                next.add(to);
            }
        });
        return next;
    }

    /** The student may change the content only while it is theirs to edit. */
    public boolean editableByStudent() {
        return this == DRAFT || this == CHANGES_REQUESTED;
    }

    /** Coordinators see a testimony once it has been submitted at least once. */
    public boolean visibleToStaff() {
        return this != DRAFT;
    }

    public String labelKey() {
        return "testimony.status." + name();
    }
}
