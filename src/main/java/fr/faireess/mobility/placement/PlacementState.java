package fr.faireess.mobility.placement;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The life of a placement: PROPOSED → CONFIRMED → IN_PROGRESS → COMPLETED; CANCELLED before
 * departure, INTERRUPTED during the stay. Only the coordinator moves a placement (students and
 * mentors act on the Learning Agreement and the checklist); every allowed move is in {@link #MOVES}.
 * The conditions a move needs beyond the state (a signed agreement, a certificate, a reason) are
 * checked by {@link PlacementTransitionRule}.
 */
public enum PlacementState {
    PROPOSED, CONFIRMED, IN_PROGRESS, COMPLETED, CANCELLED, INTERRUPTED;

    private static final Map<PlacementState, EnumSet<PlacementState>> MOVES = new EnumMap<>(PlacementState.class);

    static {
        MOVES.put(PROPOSED, EnumSet.of(CONFIRMED, CANCELLED));
        MOVES.put(CONFIRMED, EnumSet.of(IN_PROGRESS, CANCELLED));
        MOVES.put(IN_PROGRESS, EnumSet.of(COMPLETED, INTERRUPTED));
        MOVES.put(COMPLETED, EnumSet.noneOf(PlacementState.class));
        MOVES.put(CANCELLED, EnumSet.noneOf(PlacementState.class));
        MOVES.put(INTERRUPTED, EnumSet.noneOf(PlacementState.class));
    }

    public boolean canMoveTo(PlacementState target) {
        return MOVES.get(this).contains(target);
    }

    public Set<PlacementState> next() {
        return EnumSet.copyOf(MOVES.get(this));
    }

    /** A stop (cancellation or interruption) needs a reason and a date. */
    public boolean isStop() {
        return this == CANCELLED || this == INTERRUPTED;
    }

    public boolean isFinal() {
        return MOVES.get(this).isEmpty();
    }

    /** Counts in the student's Erasmus+ total of the study cycle. */
    public boolean countsInCycle() {
        return this != CANCELLED;
    }

    public String labelKey() {
        return "placement.state." + name();
    }
}
