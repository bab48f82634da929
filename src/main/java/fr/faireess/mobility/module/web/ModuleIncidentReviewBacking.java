package fr.faireess.mobility.module.web;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.faireess.mobility.identity.CurrentUser;
import fr.faireess.mobility.module.CriticalIncident;
import fr.faireess.mobility.module.CriticalIncidentService;
import fr.faireess.mobility.module.IncidentStatus;
import fr.faireess.mobility.platform.error.NotFoundException;
import fr.faireess.mobility.platform.i18n.Messages;
import fr.faireess.mobility.platform.web.PageAction;

/** Backs {@code /trainer/module/incident.xhtml?id=…}: read an analysis, comment, validate or ask for rework. */
@Named
@ViewScoped
public class ModuleIncidentReviewBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "review";

    @Inject private CriticalIncidentService incidents;
    @Inject private CurrentUser currentUser;

    private Long id;
    private CriticalIncident incident;
    private String comment;

    public void load() {
        if (incident == null) {
            incident = incidents.findForReview(id == null ? -1 : id, currentUser.get()).orElseThrow(NotFoundException::new);
        }
    }

    public void validate() {
        PageAction.attempt(FORM, () -> {
            incident = incidents.validate(id, incident.getVersion(), comment, currentUser.get());
            Messages.info("module.incident.validated", incident.getStudent().getFullName());
        });
    }

    public void requestRework() {
        PageAction.attempt(FORM, () -> {
            incident = incidents.requestRework(id, incident.getVersion(), comment, currentUser.get());
            Messages.info("module.incident.reworkRequested", incident.getStudent().getFullName());
        });
    }

    public boolean isReviewable() {
        return incident.getStatus() == IncidentStatus.SUBMITTED;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public CriticalIncident getIncident() { return incident; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
}
