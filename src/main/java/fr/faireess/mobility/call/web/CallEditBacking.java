package fr.faireess.mobility.call.web;

import java.io.Serializable;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.faireess.mobility.call.CallForm;
import fr.faireess.mobility.call.CallService;
import fr.faireess.mobility.call.MobilityCall;
import fr.faireess.mobility.identity.CurrentUser;
import fr.faireess.mobility.platform.error.BusinessException;
import fr.faireess.mobility.platform.error.NotFoundException;
import fr.faireess.mobility.platform.i18n.Messages;

/** Backs {@code /coordinator/calls/edit.xhtml}: create, edit or close a call. */
@Named
@ViewScoped
public class CallEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "call";

    @Inject private CallService calls;
    @Inject private CurrentUser currentUser;

    private Long id;
    private CallForm form;
    private String stateKey;

    public void load() {
        if (form != null) {
            return;
        }
        if (id == null) {
            form = new CallForm();
        } else {
            MobilityCall call = calls.find(id).orElseThrow(NotFoundException::new);
            form = CallForm.of(call);
            stateKey = CallStates.key(call, calls.now());
        }
    }

    public String save() {
        try {
            if (id == null) {
                MobilityCall created = calls.create(form, currentUser.actor());
                Messages.info("call.created", created.getTitle());
                FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
                return "/coordinator/calls/edit?faces-redirect=true&id=" + created.getId();
            }
            MobilityCall saved = calls.update(id, form, currentUser.actor());
            form = CallForm.of(saved);
            stateKey = CallStates.key(saved, calls.now());
            Messages.info("call.saved");
        } catch (BusinessException e) {
            Messages.show(e, FORM);
        }
        return null;
    }

    public void close() {
        try {
            MobilityCall call = calls.close(id, currentUser.actor());
            form.setVersion(call.getVersion());
            stateKey = CallStates.key(call, calls.now());
            Messages.info("call.close.done");
        } catch (BusinessException e) {
            Messages.show(e, FORM);
        }
    }

    public boolean isNew() { return id == null; }
    public boolean isOpen() { return "call.status.open".equals(stateKey); }
    public String getStateKey() { return stateKey; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public CallForm getForm() { return form; }
}
