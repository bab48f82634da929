package fr.faireess.mobility.placement;

/**
 * The port through which the placement rules read what the grant feature records about a stay
 * (days of interruption, force majeure): the grant feature depends on placements, so placements
 * name what they need here and the grant feature provides it.
 */
public interface StayFacts {

    /** The stay facts of a placement ({@link PlacementDuration.Stay#NONE} when none were recorded). */
    PlacementDuration.Stay of(long placementId);
}
