package fr.faireess.mobility.placement;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fr.faireess.mobility.application.MobilityApplication;
import fr.faireess.mobility.application.PlacementOutlook;

/** The placement figures the application review shows. */
@ApplicationScoped
public class ReviewPlacementOutlook implements PlacementOutlook {

    @Inject private PlacementProgress progress;
    @Inject private PlacementService placements;

    @Override
    public Optional<Long> livePlacementId(MobilityApplication application) {
        return progress.liveOf(application).map(Placement::getId);
    }

    @Override
    public int cycleDaysOutside(MobilityApplication application) {
        return placements.cycleDaysOutside(application);
    }

    @Override
    public int remainingInCycle(int usedDays) {
        return PlacementDuration.remainingInCycle(usedDays);
    }
}
