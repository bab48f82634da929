package fr.faireess.mobility.identity.web;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.faireess.mobility.identity.PasswordLinkCheck;
import fr.faireess.mobility.identity.PasswordLinkRule;
import fr.faireess.mobility.identity.PasswordLinkService;
import fr.faireess.mobility.platform.error.BusinessException;
import fr.faireess.mobility.platform.i18n.Messages;

/**
 * Backs {@code /password/reset.xhtml?token=…}, the page of a password link (reset or welcome): the
 * form while the link works; otherwise why it does not (used, expired, unknown) and a way to ask
 * for a new one. The token is checked again when the form is sent.
 */
@Named
@ViewScoped
public class PasswordResetBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "reset";

    @Inject private PasswordLinkService links;

    private String token;
    private PasswordLinkCheck check;
    private String newPassword;
    private String confirmPassword;
    private boolean done;

    public void load() {
        if (check == null) {
            check = links.check(token);
        }
    }

    public void save() {
        if (newPassword == null || !newPassword.equals(confirmPassword)) {
            Messages.fieldError(FORM + ":confirmPassword", "account.password.mismatch");
            return;
        }
        try {
            links.setPassword(token, newPassword);
            done = true;
            newPassword = null;
            confirmPassword = null;
        } catch (BusinessException e) {
            if (e.field().isPresent()) {
                Messages.show(e, FORM);
                return;
            }
            check = links.check(token);   // the link stopped working meanwhile: the page says why
            if (check.usable()) {
                Messages.show(e, FORM);
            }
        }
    }

    /** The refusal's message key, when the link does not work. */
    public String getRefusalKey() {
        PasswordLinkRule.Status status = check == null ? PasswordLinkRule.Status.UNKNOWN : check.status();
        return switch (status) {
            case USED -> "password.link.used";
            case EXPIRED -> "password.link.expired";
            default -> "password.link.unknown";
        };
    }

    public boolean isUsable() {
        return !done && check != null && check.usable();
    }

    public String getEmail() { return check == null ? null : check.email(); }
    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String newPassword) { this.newPassword = newPassword; }
    public String getConfirmPassword() { return confirmPassword; }
    public void setConfirmPassword(String confirmPassword) { this.confirmPassword = confirmPassword; }
    public boolean isDone() { return done; }
}
