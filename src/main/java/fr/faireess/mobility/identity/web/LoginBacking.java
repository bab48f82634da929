package fr.faireess.mobility.identity.web;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;

import fr.faireess.mobility.identity.CurrentUser;
import fr.faireess.mobility.identity.FormLoginMechanism;
import fr.faireess.mobility.identity.LastLoginResult;
import fr.faireess.mobility.identity.LoginResult;
import fr.faireess.mobility.platform.i18n.LanguageBean;
import fr.faireess.mobility.platform.i18n.Messages;

/** Backs {@code /login.xhtml}: hands the typed credentials to Jakarta Security and explains a refusal. */
@Named
@RequestScoped
public class LoginBacking {

    @Inject private SecurityContext security;
    @Inject private LastLoginResult lastResult;
    @Inject private CurrentUser currentUser;
    @Inject private LanguageBean language;

    @NotBlank(message = "{login.email.required}")
    private String email;

    @NotBlank(message = "{login.password.required}")
    private String password;

    private boolean expired;
    private boolean loggedOut;

    /** Already logged in? Then the login page is not where this person wants to be. */
    public void onLoad() throws IOException {
        if (currentUser.isLoggedIn() && !FacesContext.getCurrentInstance().isPostback()) {
            FacesContext.getCurrentInstance().getExternalContext().redirect(
                    FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/");
        }
    }

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = security.authenticate(
                (HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                withParams().credential(new UsernamePasswordCredential(email, new Password(password))));
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> {
                HttpServletRequest request = (HttpServletRequest) external.getRequest();
                request.changeSessionId();   // no session fixation: the id known before login is worthless after
                language.adoptAccountPreference();
                Object returnTo = external.getSessionMap().remove(FormLoginMechanism.RETURN_TO);
                external.redirect(external.getRequestContextPath() + FormLoginMechanism.safeReturnPath(returnTo));
            }
            default -> refuse();
        }
    }

    private void refuse() {
        password = null;
        LoginResult result = lastResult.get();
        if (result != null && result.outcome() == LoginResult.Outcome.LOCKED) {
            Messages.fieldError("login:email", "login.locked", result.minutesLocked());
        } else if (result != null && result.outcome() == LoginResult.Outcome.DISABLED) {
            Messages.fieldError("login:email", "login.disabled");
        } else {
            Messages.fieldError("login:email", "login.failed");
        }
        FacesContext.getCurrentInstance().validationFailed();
    }

    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public boolean isExpired() { return expired; }
    public void setExpired(boolean expired) { this.expired = expired; }
    public boolean isLoggedOut() { return loggedOut; }
    public void setLoggedOut(boolean loggedOut) { this.loggedOut = loggedOut; }
}
