package fr.faireess.mobility.placement.web;

import java.util.List;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.faireess.mobility.application.ApplicationWish;
import fr.faireess.mobility.application.MobilityApplication;
import fr.faireess.mobility.identity.CurrentUser;
import fr.faireess.mobility.placement.Placement;
import fr.faireess.mobility.placement.PlacementForm;
import fr.faireess.mobility.placement.PlacementService;
import fr.faireess.mobility.placement.PlacementCreation;
import fr.faireess.mobility.platform.i18n.Messages;
import fr.faireess.mobility.platform.web.PageAction;

/**
 * Backs {@code /coordinator/placements/new.xhtml}: a placement from a selected application. With
 * {@code ?application=ID}, the form starts from that application's period, language and first
 * directory wish.
 */
@Named
@ViewScoped
public class PlacementNewBacking extends PlacementChoices {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "placement";

    @Inject private PlacementService placements;
    @Inject private PlacementCreation placementCreation;
    @Inject private CurrentUser currentUser;

    private Long application;
    private PlacementForm form;
    private transient List<MobilityApplication> applications;

    public void load() {
        if (form != null) {
            return;
        }
        form = new PlacementForm();
        if (application != null) {
            placementCreation.selectedApplication(application, currentUser.get()).ifPresent(this::startFrom);
        }
    }

    private void startFrom(MobilityApplication selected) {
        form.setApplicationId(selected.getId());
        form.setPlannedStart(selected.getStartOn());
        form.setPlannedEnd(selected.getEndOn());
        form.setWorkingLanguage(selected.getWorkingLanguage());
        selected.getWishes().stream().map(ApplicationWish::getHostId).filter(java.util.Objects::nonNull).findFirst()
                .ifPresent(form::setHostId);
    }

    @Override
    protected PlacementCreation creation() {
        return placementCreation;
    }

    public String create() {
        return PageAction.run(FORM, () -> {
            Placement created = placementCreation.create(form, currentUser.get());
            Messages.info("placement.created");
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/coordinator/placements/view?faces-redirect=true&id=" + created.getId();
        });
    }

    public List<MobilityApplication> getApplications() {
        if (applications == null) {
            applications = placementCreation.selectedWithoutPlacement(currentUser.get());
        }
        return applications;
    }

    public Long getApplication() { return application; }
    public void setApplication(Long application) { this.application = application; }
    public PlacementForm getForm() { return form; }
}
