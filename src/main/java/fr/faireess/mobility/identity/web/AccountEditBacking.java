package fr.faireess.mobility.identity.web;

import java.io.Serializable;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.identity.AccountForm;
import fr.faireess.mobility.identity.AccountService;
import fr.faireess.mobility.identity.CurrentUser;
import fr.faireess.mobility.identity.PasswordLinkService;
import fr.faireess.mobility.identity.Role;
import fr.faireess.mobility.platform.config.Settings;
import fr.faireess.mobility.platform.error.BusinessException;
import fr.faireess.mobility.platform.error.NotFoundException;
import fr.faireess.mobility.platform.i18n.Messages;
import fr.faireess.mobility.reference.ReferenceData;

/**
 * Backs {@code /admin/accounts/edit.xhtml}: create ({@code ?id} absent) or edit an account, disable
 * or enable it, send it the link to choose its password again. No password is typed here: a new
 * account gets a welcome e-mail with that link. The form remembers the version it was loaded from,
 * so a save over someone else's change is refused instead of overwriting it.
 */
@Named
@ViewScoped
public class AccountEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "account";

    @Inject private AccountService accounts;
    @Inject private CurrentUser currentUser;
    @Inject private ReferenceData reference;
    @Inject private PasswordLinkService passwordLinks;

    private Long id;
    private AccountForm form;
    private boolean enabled = true;

    public void load() {
        if (form != null) {
            return;
        }
        if (id == null) {
            form = new AccountForm();
        } else {
            Account account = accounts.find(id).orElseThrow(NotFoundException::new);
            form = AccountForm.of(account);
            enabled = account.isEnabled();
        }
    }

    public String save() {
        try {
            if (id == null) {
                Account created = accounts.create(form, currentUser.actor());
                Messages.info("account.created", created.getFullName());
                FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
                return "/admin/accounts/edit?faces-redirect=true&id=" + created.getId();
            }
            Account saved = accounts.update(id, form, currentUser.actor());
            form = AccountForm.of(saved);
            Messages.info("account.saved");
        } catch (BusinessException e) {
            Messages.show(e, FORM);
        }
        return null;
    }

    public void disable() {
        try {
            Account account = accounts.disable(id, currentUser.actor());
            enabled = account.isEnabled();
            form.setVersion(account.getVersion());
            Messages.info("account.disabledDone");
        } catch (BusinessException e) {
            Messages.show(e, FORM);
        }
    }

    public void enable() {
        Account account = accounts.enable(id, currentUser.actor());
        enabled = account.isEnabled();
        form.setVersion(account.getVersion());
        Messages.info("account.enabledDone");
    }

    public void sendPasswordLink() {
        try {
            passwordLinks.resend(id, currentUser.actor());
            Messages.info("account.link.sent", form.getEmail());
        } catch (BusinessException e) {
            Messages.show(e, FORM);
        }
    }

    public int getWelcomeDays() {
        return Settings.fromConfig().welcomeLinkDays();
    }

    public boolean isNew() { return id == null; }
    public Role[] getAllRoles() { return Role.values(); }
    public ReferenceData getReference() { return reference; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public AccountForm getForm() { return form; }
    public boolean isEnabled() { return enabled; }
}
