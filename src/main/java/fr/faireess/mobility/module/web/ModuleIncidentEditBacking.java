package fr.faireess.mobility.module.web;

import java.io.Serializable;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.faireess.mobility.identity.CurrentUser;
import fr.faireess.mobility.module.CriticalIncident;
import fr.faireess.mobility.module.CriticalIncidentService;
import fr.faireess.mobility.module.IncidentForm;
import fr.faireess.mobility.platform.error.NotFoundException;
import fr.faireess.mobility.platform.i18n.Messages;
import fr.faireess.mobility.platform.web.PageAction;

/**
 * Backs {@code /student/module/incident.xhtml}: write a new analysis ({@code ?id} absent) or one of
 * the student's own; save it as a draft or submit it. Once submitted it is shown read-only.
 */
@Named
@ViewScoped
public class ModuleIncidentEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "incident";

    @Inject private CriticalIncidentService incidents;
    @Inject private CurrentUser currentUser;

    private Long id;
    private IncidentForm form;
    private CriticalIncident incident;

    public void load() {
        if (form != null) {
            return;
        }
        if (id == null) {
            form = new IncidentForm();
        } else {
            incident = incidents.findOwn(id, currentUser.get()).orElseThrow(NotFoundException::new);
            form = IncidentForm.of(incident);
        }
    }

    public String saveDraft() {
        return PageAction.run(FORM, () -> {
            incident = incidents.saveDraft(id, form, currentUser.get());
            return done("module.incident.draftSaved");
        });
    }

    public String submit() {
        return PageAction.run(FORM, () -> {
            incident = incidents.submit(id, form, currentUser.get());
            return done("module.incident.submitted");
        });
    }

    private String done(String messageKey) {
        Messages.info(messageKey);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/student/module/incident?faces-redirect=true&id=" + incident.getId();
    }

    public boolean isEditable() {
        return incident == null || incident.getStatus().editableByStudent();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public IncidentForm getForm() { return form; }
    public CriticalIncident getIncident() { return incident; }
}
