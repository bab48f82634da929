package fr.faireess.mobility.grant.web;

import java.io.Serializable;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.faireess.mobility.grant.GrantFactsForm;
import fr.faireess.mobility.grant.GrantService;
import fr.faireess.mobility.grant.PlacementGrant;
import fr.faireess.mobility.identity.CurrentUser;
import fr.faireess.mobility.placement.Placement;
import fr.faireess.mobility.placement.PlacementService;
import fr.faireess.mobility.platform.error.NotFoundException;
import fr.faireess.mobility.platform.i18n.Messages;
import fr.faireess.mobility.platform.web.PageAction;

/**
 * The grant panel of a placement page (the coordinator's, with the grant facts form, and the
 * student's summary). The page passes the placement id as a view parameter; the placement is loaded
 * as the viewer may see it.
 */
@Named
@ViewScoped
public class PlacementGrantBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private GrantService grants;
    @Inject private PlacementService placements;
    @Inject private CurrentUser currentUser;

    private Long placementId;
    private transient PlacementGrant grant;
    private GrantFactsForm form;

    public PlacementGrant grant() {
        if (grant == null) {
            Placement placement = placements.findVisibleTo(placementId == null ? -1 : placementId, currentUser.get())
                    .orElseThrow(NotFoundException::new);
            grant = grants.grantOf(placement);
            if (form == null) {
                form = grant.facts().toForm();
            }
        }
        return grant;
    }

    public String save() {
        return PageAction.run("grantFacts", () -> {
            grants.saveFacts(placementId, getForm(), currentUser.get());
            Messages.info("grant.facts.saved");
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/coordinator/placements/view?faces-redirect=true&tab=grant&id=" + placementId;   // back to the grant tab
        }, () -> grant = null);
    }

    public GrantFactsForm getForm() {
        if (form == null) {
            grant();
        }
        return form;
    }

    public Long getPlacementId() { return placementId; }
    public void setPlacementId(Long placementId) { this.placementId = placementId; }
}
