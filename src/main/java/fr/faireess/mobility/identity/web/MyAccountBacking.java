package fr.faireess.mobility.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.identity.AccountService;
import fr.faireess.mobility.identity.CurrentUser;
import fr.faireess.mobility.platform.error.BusinessException;
import fr.faireess.mobility.platform.i18n.Messages;

/** Backs {@code /account/index.xhtml}: a person's own profile and password. */
@Named
@RequestScoped
public class MyAccountBacking {

    @Inject private CurrentUser currentUser;
    @Inject private AccountService accounts;

    private String currentPassword;
    private String newPassword;
    private String confirmPassword;

    public Account getMe() {
        return currentUser.get();
    }

    public void changePassword() {
        if (newPassword == null || !newPassword.equals(confirmPassword)) {
            Messages.fieldError("password:confirmPassword", "account.password.mismatch");
            return;
        }
        try {
            accounts.changeOwnPassword(currentUser.get().getId(), currentPassword, newPassword);
            Messages.info("account.me.passwordChanged");
        } catch (BusinessException e) {
            Messages.show(e, "password");
        }
    }

    public String getCurrentPassword() { return currentPassword; }
    public void setCurrentPassword(String currentPassword) { this.currentPassword = currentPassword; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String newPassword) { this.newPassword = newPassword; }
    public String getConfirmPassword() { return confirmPassword; }
    public void setConfirmPassword(String confirmPassword) { this.confirmPassword = confirmPassword; }
}
