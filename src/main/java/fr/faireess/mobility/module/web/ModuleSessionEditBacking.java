package fr.faireess.mobility.module.web;

import java.io.Serializable;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.faireess.mobility.identity.CampusScope;
import fr.faireess.mobility.identity.CurrentUser;
import fr.faireess.mobility.module.ModuleSession;
import fr.faireess.mobility.module.ModuleSessionService;
import fr.faireess.mobility.module.SessionForm;
import fr.faireess.mobility.platform.error.NotFoundException;
import fr.faireess.mobility.platform.i18n.Messages;
import fr.faireess.mobility.platform.web.PageAction;

/**
 * Backs {@code /trainer/module/session.xhtml}: plan a session ({@code ?id} absent) or edit one.
 * Other trainers' sessions open read-only; the form keeps the version it was loaded from.
 */
@Named
@ViewScoped
public class ModuleSessionEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "session";

    @Inject private ModuleSessionService sessions;
    @Inject private CurrentUser currentUser;

    private Long id;
    private SessionForm form;
    private boolean editable = true;
    private String trainerName;

    public void load() {
        if (form != null) {
            return;
        }
        if (id == null) {
            form = new SessionForm().withBlankGuestRows();
            form.setCampusCode(CampusScope.campusOf(currentUser.get()));
            trainerName = currentUser.get().getFullName();
        } else {
            ModuleSession session = sessions.find(id, currentUser.get()).orElseThrow(NotFoundException::new);
            form = SessionForm.of(session);
            editable = session.editableBy(currentUser.get());
            if (editable) {
                form.withBlankGuestRows();
            }
            trainerName = session.getTrainer().getFullName();
        }
    }

    public String save() {
        return PageAction.run(FORM, () -> {
            if (id == null) {
                ModuleSession created = sessions.create(form, currentUser.get());
                Messages.info("module.session.created", created.getTitle());
                FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
                return "/trainer/module/session?faces-redirect=true&id=" + created.getId();
            }
            ModuleSession saved = sessions.update(id, form, currentUser.get());
            form = SessionForm.of(saved).withBlankGuestRows();
            Messages.info("module.session.saved");
            return null;
        });
    }

    public boolean isNew() { return id == null; }
    public boolean isEditable() { return editable; }
    public String getTrainerName() { return trainerName; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public SessionForm getForm() { return form; }
}
