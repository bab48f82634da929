package fr.faireess.mobility.identity.web;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import fr.faireess.mobility.identity.CurrentUser;
import fr.faireess.mobility.identity.sso.SsoLogin;
import fr.faireess.mobility.identity.sso.web.SsoServlet;

/** Session-level actions of the user menu (logout) and the landing page after login. */
@Named
@RequestScoped
public class SessionBacking {

    @Inject
    private CurrentUser currentUser;

    @Inject
    private SsoLogin sso;

    /** {@code /index.xhtml}: sends each person to the home page of their role. */
    public void goHome() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String home = currentUser.homePage();
        external.redirect(external.getRequestContextPath() + (home == null ? "/errors/403.xhtml" : home));
    }

    /**
     * Ends the local session; after a single sign-on, also the provider's when it offers a logout
     * address (through {@link SsoServlet#LOGOUT_PATH}, which comes back to the login page).
     */
    public void logout() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        Object idToken = external.getSessionMap().get(SsoLogin.ID_TOKEN);
        var providerLogout = sso.providerLogout(idToken instanceof String token ? token : null);
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        if (providerLogout.isPresent()) {
            ((HttpServletRequest) external.getRequest()).getSession(true)
                    .setAttribute(SsoServlet.PROVIDER_LOGOUT, providerLogout.get().toString());
            external.redirect(external.getRequestContextPath() + SsoServlet.LOGOUT_PATH);
            return;
        }
        external.redirect(external.getRequestContextPath() + "/login.xhtml?loggedOut=true");
    }
}
