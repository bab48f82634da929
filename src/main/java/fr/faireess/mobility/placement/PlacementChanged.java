package fr.faireess.mobility.placement;

import java.time.LocalDate;

/**
 * Fired inside the transaction of a placement's creation, correction or state move, so that its
 * observers (the e-mails of {@link PlacementNotifications}) commit or roll back with the change.
 * {@code to}, {@code reason} and {@code date} describe a state move (reason and date on a stop).
 */
public record PlacementChanged(long placementId, Kind kind, PlacementState to, String reason, LocalDate date) {

    public enum Kind { CREATED, EDITED, STATE }

    public static PlacementChanged created(long placementId) {
        return new PlacementChanged(placementId, Kind.CREATED, PlacementState.PROPOSED, null, null);
    }

    public static PlacementChanged edited(long placementId) {
        return new PlacementChanged(placementId, Kind.EDITED, null, null, null);
    }

    public static PlacementChanged moved(long placementId, PlacementState to, String reason, LocalDate date) {
        return new PlacementChanged(placementId, Kind.STATE, to, reason, date);
    }
}
