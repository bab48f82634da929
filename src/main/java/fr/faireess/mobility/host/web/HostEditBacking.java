package fr.faireess.mobility.host.web;

import java.io.Serializable;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.faireess.mobility.host.HostDirectory;
import fr.faireess.mobility.host.HostDuplicateException;
import fr.faireess.mobility.host.HostDuplicateRule;
import fr.faireess.mobility.host.HostForm;
import fr.faireess.mobility.host.HostOrganisation;
import fr.faireess.mobility.host.HostSize;
import fr.faireess.mobility.host.HostType;
import fr.faireess.mobility.host.LegalStatus;
import fr.faireess.mobility.host.PartnerNetwork;
import fr.faireess.mobility.identity.CurrentUser;
import fr.faireess.mobility.platform.error.BusinessException;
import fr.faireess.mobility.platform.error.NotFoundException;
import fr.faireess.mobility.platform.i18n.Messages;
import fr.faireess.mobility.platform.web.PageAction;

/**
 * Backs {@code /coordinator/hosts/edit.xhtml}: create ({@code ?id} absent) or edit an organisation
 * with its contacts, deactivate or reactivate it. A save that looks like a duplicate is held back
 * until the coordinator clicks "save anyway"; a save over someone else's change is refused.
 */
@Named
@ViewScoped
public class HostEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "host";

    @Inject private HostDirectory directory;
    @Inject private CurrentUser currentUser;

    private Long id;
    private HostForm form;
    private boolean active = true;
    private HostDuplicateRule.Existing duplicate;
    private String duplicateConfirmation;

    public void load() {
        if (form != null) {
            return;
        }
        if (id == null) {
            form = new HostForm();
            form.addContact();
        } else {
            HostOrganisation host = directory.findForStaff(id, currentUser.get()).orElseThrow(NotFoundException::new);
            form = HostForm.of(host);
            active = host.isActive();
        }
    }

    public String save() {
        duplicate = null;
        try {
            if (id == null) {
                HostOrganisation created = directory.create(form, currentUser.get());
                Messages.info("host.created", created.getName());
                FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
                return "/coordinator/hosts/edit?faces-redirect=true&id=" + created.getId();
            }
            HostOrganisation saved = directory.update(id, form, currentUser.get());
            form = HostForm.of(saved);
            Messages.info("host.saved");
        } catch (HostDuplicateException e) {
            duplicate = e.duplicate();
            duplicateConfirmation = e.confirmation();
        } catch (BusinessException e) {
            Messages.show(e, FORM);
        }
        return null;
    }

    /** The second click after a duplicate warning: save this name in this city anyway. */
    public String saveAnyway() {
        form.setConfirmedDuplicate(duplicateConfirmation);
        return save();
    }

    public void addContact() {
        form.addContact();
    }

    public void removeContact(int index) {
        form.removeContact(index);
    }

    public void deactivate() {
        changeActive(false);
    }

    public void reactivate() {
        changeActive(true);
    }

    private void changeActive(boolean target) {
        PageAction.attempt(FORM, () -> {
            HostOrganisation host = target ? directory.reactivate(id, currentUser.get())
                    : directory.deactivate(id, currentUser.get());
            active = host.isActive();
            form.setVersion(host.getVersion());
            Messages.info(target ? "host.reactivated" : "host.deactivated");
        });
    }

    public boolean isNew() { return id == null; }
    public boolean isActive() { return active; }
    public HostDuplicateRule.Existing getDuplicate() { return duplicate; }
    public HostType[] getTypes() { return HostType.values(); }
    public LegalStatus[] getLegalStatuses() { return LegalStatus.values(); }
    public HostSize[] getSizes() { return HostSize.values(); }
    public PartnerNetwork[] getNetworks() { return PartnerNetwork.values(); }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public HostForm getForm() { return form; }
}
