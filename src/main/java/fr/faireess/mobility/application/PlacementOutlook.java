package fr.faireess.mobility.application;

import java.util.Optional;

/**
 * What the review of an application shows of placements (the placement feature implements it:
 * placements sit above applications, so the review page asks through this port).
 */
public interface PlacementOutlook {

    /** The id of the file's placement that is not cancelled, if one was created. */
    Optional<Long> livePlacementId(MobilityApplication application);

    /** Erasmus+ days the student's placements from other applications already count in the study cycle. */
    int cycleDaysOutside(MobilityApplication application);

    /** Days left in the study cycle once {@code usedDays} are counted. */
    int remainingInCycle(int usedDays);
}
