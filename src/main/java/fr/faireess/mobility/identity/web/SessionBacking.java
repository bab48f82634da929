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

/** Session-level actions of the user menu (logout) and the landing page after login. */
@Named
@RequestScoped
public class SessionBacking {

    @Inject
    private CurrentUser currentUser;

    /** {@code /index.xhtml}: sends each person to the home page of their role. */
    public void goHome() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String home = currentUser.homePage();
        external.redirect(external.getRequestContextPath() + (home == null ? "/errors/403.xhtml" : home));
    }

    public void logout() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?loggedOut=true");
    }
}
