package fr.faireess.mobility.placement.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.faireess.mobility.identity.CurrentUser;
import fr.faireess.mobility.placement.Placement;
import fr.faireess.mobility.placement.PlacementService;

/** Backs {@code /student/placements/list.xhtml}: the student's placements, latest first. */
@Named
@RequestScoped
public class MyPlacementsBacking {

    @Inject private PlacementService placements;
    @Inject private CurrentUser currentUser;

    private List<Placement> rows;

    public List<Placement> getRows() {
        if (rows == null) {
            rows = placements.ofStudent(currentUser.get());
        }
        return rows;
    }
}
