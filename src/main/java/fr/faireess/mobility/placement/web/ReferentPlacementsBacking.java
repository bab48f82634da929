package fr.faireess.mobility.placement.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.faireess.mobility.identity.CurrentUser;
import fr.faireess.mobility.placement.Placement;
import fr.faireess.mobility.placement.PlacementService;
import fr.faireess.mobility.placement.PlacementState;

/**
 * Backs {@code /trainer/placements/list.xhtml} and the trainer home's panel: the placements the
 * trainer is the academic referent of, and nobody else's.
 */
@Named
@RequestScoped
public class ReferentPlacementsBacking {

    @Inject private PlacementService placements;
    @Inject private CurrentUser currentUser;

    private List<Placement> rows;

    public List<Placement> getRows() {
        if (rows == null) {
            rows = placements.ofReferent(currentUser.get());
        }
        return rows;
    }

    /** Placements still to follow (not completed, cancelled or interrupted), for the home panel. */
    public long getOngoing() {
        return getRows().stream().filter(p -> !p.getState().isFinal()).count();
    }

    public long count(PlacementState state) {
        return getRows().stream().filter(p -> p.getState() == state).count();
    }
}
