package fr.faireess.mobility.placement.web;

import java.io.IOException;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.faireess.mobility.identity.CurrentUser;
import fr.faireess.mobility.placement.Placement;
import fr.faireess.mobility.placement.PlacementForm;
import fr.faireess.mobility.placement.PlacementService;
import fr.faireess.mobility.placement.PlacementCreation;
import fr.faireess.mobility.platform.error.NotFoundException;
import fr.faireess.mobility.platform.i18n.Messages;
import fr.faireess.mobility.platform.web.PageAction;

/**
 * Backs {@code /coordinator/placements/edit.xhtml?id=…}: corrects a proposed placement's host,
 * department, mentor, referent, dates, hours and language while nobody has signed its agreement.
 * The form keeps the placement's version as loaded, so a concurrent change is refused, not overwritten.
 */
@Named
@ViewScoped
public class PlacementEditBacking extends PlacementChoices {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "placement";

    @Inject private PlacementService placements;
    @Inject private PlacementCreation placementCreation;
    @Inject private CurrentUser currentUser;

    private Long id;
    private PlacementForm form;
    private transient Placement placement;
    private transient Boolean revisable;

    public void load() throws IOException {
        try {
            if (form == null) {
                form = placementCreation.revisionForm(placement().getId(), currentUser.get());
            }
        } catch (NotFoundException e) {
            NotFoundResponse.send();
        }
    }

    public Placement placement() {
        if (id == null) {
            throw new NotFoundException();
        }
        if (placement == null) {
            placement = placements.findVisibleTo(id, currentUser.get()).orElseThrow(NotFoundException::new);
        }
        return placement;
    }

    public boolean isRevisable() {
        if (revisable == null) {
            revisable = placementCreation.isRevisable(placement());
        }
        return revisable;
    }

    public String save() {
        return PageAction.run(FORM, () -> {
            placementCreation.revise(id, form, currentUser.get());
            Messages.info("placement.edit.saved");
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/coordinator/placements/view?faces-redirect=true&id=" + id;
        }, () -> { placement = null; revisable = null; });
    }

    @Override
    protected PlacementCreation creation() {
        return placementCreation;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public PlacementForm getForm() { return form; }
}
