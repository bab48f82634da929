package fr.faireess.mobility.call.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.faireess.mobility.call.CallForm;
import fr.faireess.mobility.call.CallService;
import fr.faireess.mobility.call.CallStates;
import fr.faireess.mobility.call.MobilityCall;
import fr.faireess.mobility.identity.CampusScope;
import fr.faireess.mobility.identity.CurrentUser;
import fr.faireess.mobility.platform.error.NotFoundException;
import fr.faireess.mobility.platform.i18n.Messages;
import fr.faireess.mobility.platform.web.PageAction;
import fr.faireess.mobility.reference.Campus;
import fr.faireess.mobility.reference.ReferenceData;
import fr.faireess.mobility.platform.web.RenderCache;

/** Backs {@code /coordinator/calls/edit.xhtml}: create, edit or close a call. */
@Named
@ViewScoped
public class CallEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the getters read, once per rendered response. */
    private final RenderCache render = new RenderCache();
    private static final String FORM = "call";

    @Inject private CallService calls;
    @Inject private CurrentUser currentUser;

    @Inject private ReferenceData reference;

    private Long id;
    private CallForm form;
    private String stateKey;
    private boolean editable = true;

    public void load() {
        if (form != null) {
            return;
        }
        if (id == null) {
            form = new CallForm();
        } else {
            MobilityCall call = calls.findFor(id, currentUser.get()).orElseThrow(NotFoundException::new);
            form = CallForm.of(call);
            stateKey = CallStates.key(call, calls.now());
            editable = calls.mayManage(call.getCampuses(), currentUser.get());
        }
    }

    /**
     * The campuses offered: those the coordinator sees, and those the call already has (shown checked
     * on a call for a campus they do not see, which they may read but not change).
     */
    public List<Campus> getCampusOptions() {
        return render.get("campusOptions", () -> {
            CampusScope scope = CampusScope.of(currentUser.get());
            return reference.campuses().stream()
                    .filter(c -> scope.allows(c.getCode()) || (form != null && form.getCampuses().contains(c.getCode())))
                    .toList();
        });
    }

    public String save() {
        return PageAction.run(FORM, () -> {
            if (id == null) {
                MobilityCall created = calls.create(form, currentUser.get());
                Messages.info("call.created", created.getTitle());
                FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
                return "/coordinator/calls/edit?faces-redirect=true&id=" + created.getId();
            }
            MobilityCall saved = calls.update(id, form, currentUser.get());
            form = CallForm.of(saved);
            stateKey = CallStates.key(saved, calls.now());
            Messages.info("call.saved");
            return null;
        });
    }

    public void close() {
        PageAction.attempt(FORM, () -> {
            MobilityCall call = calls.close(id, currentUser.get());
            form.setVersion(call.getVersion());
            stateKey = CallStates.key(call, calls.now());
            Messages.info("call.close.done");
        });
    }

    public boolean isNew() { return id == null; }
    /** False on a call open to a campus the coordinator does not see: they read it, the service refuses changes. */
    public boolean isEditable() { return editable; }
    public boolean isOpen() { return "call.status.open".equals(stateKey); }
    public String getStateKey() { return stateKey; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public CallForm getForm() { return form; }
}
