package fr.faireess.mobility.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotBlank;

import fr.faireess.mobility.identity.PasswordLinkService;
import fr.faireess.mobility.platform.config.Settings;
import fr.faireess.mobility.platform.web.ClientAddress;

/**
 * Backs {@code /password/forgot.xhtml}: whatever address is typed, the page answers the same (an
 * account's existence is not told), and the service decides whether a mail goes out.
 */
@Named
@RequestScoped
public class PasswordForgotBacking {

    @Inject private PasswordLinkService links;

    @NotBlank(message = "{login.email.required}")
    private String email;
    private boolean sent;

    public void request() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        links.requestReset(email, ClientAddress.trusting(Settings.fromConfig().trustedProxies())
                .of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For")));
        sent = true;
        email = null;
    }

    public int getMinutes() {
        return Settings.fromConfig().passwordResetMinutes();
    }

    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public boolean isSent() { return sent; }
}
