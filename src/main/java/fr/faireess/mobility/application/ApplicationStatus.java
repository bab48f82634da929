package fr.faireess.mobility.application;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The life of an application and who may move it. DRAFT → SUBMITTED → (CHANGES_REQUESTED →
 * SUBMITTED) → SELECTED | WAITLISTED | REJECTED; WITHDRAWN by the student at any time before a final
 * refusal. Every allowed move is in {@link #MOVES}; anything else is refused.
 */
public enum ApplicationStatus {
    DRAFT, SUBMITTED, CHANGES_REQUESTED, SELECTED, WAITLISTED, REJECTED, WITHDRAWN;

    /** Who makes a move. */
    public enum By { STUDENT, COORDINATOR }

    private static final Map<ApplicationStatus, Map<ApplicationStatus, By>> MOVES = new EnumMap<>(ApplicationStatus.class);

    static {
        allow(DRAFT, SUBMITTED, By.STUDENT);
        allow(DRAFT, WITHDRAWN, By.STUDENT);
        allow(SUBMITTED, CHANGES_REQUESTED, By.COORDINATOR);
        allow(SUBMITTED, SELECTED, By.COORDINATOR);
        allow(SUBMITTED, WAITLISTED, By.COORDINATOR);
        allow(SUBMITTED, REJECTED, By.COORDINATOR);
        allow(SUBMITTED, WITHDRAWN, By.STUDENT);
        allow(CHANGES_REQUESTED, SUBMITTED, By.STUDENT);
        allow(CHANGES_REQUESTED, WITHDRAWN, By.STUDENT);
        allow(WAITLISTED, SELECTED, By.COORDINATOR);
        allow(WAITLISTED, REJECTED, By.COORDINATOR);
        allow(WAITLISTED, WITHDRAWN, By.STUDENT);
        allow(SELECTED, WITHDRAWN, By.STUDENT);
    }

    private static void allow(ApplicationStatus from, ApplicationStatus to, By by) {
        MOVES.computeIfAbsent(from, f -> new EnumMap<>(ApplicationStatus.class)).put(to, by);
    }

    public boolean canMoveTo(ApplicationStatus target, By by) {
        return MOVES.getOrDefault(this, Map.of()).get(target) == by;
    }

    /** The states reachable from this one by {@code by}. */
    public Set<ApplicationStatus> next(By by) {
        Set<ApplicationStatus> next = EnumSet.noneOf(ApplicationStatus.class);
        MOVES.getOrDefault(this, Map.of()).forEach((to, who) -> {
            if (who == by) {
                next.add(to);
            }
        });
        return next;
    }

    /** The student may change the file's content only while it is theirs to edit. */
    public boolean editableByStudent() {
        return this == DRAFT || this == CHANGES_REQUESTED;
    }

    /** Waiting for the coordinator. */
    public boolean awaitsCoordinator() {
        return this == SUBMITTED;
    }

    public boolean isFinal() {
        return this == REJECTED || this == WITHDRAWN;
    }

    public String labelKey() {
        return "application.status." + name();
    }
}
