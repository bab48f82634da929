package fr.faireess.mobility.identity.sso.web;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.logging.Logger;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import fr.faireess.mobility.identity.FormLoginMechanism;
import fr.faireess.mobility.identity.sso.SsoLogin;
import fr.faireess.mobility.platform.config.Settings;
import fr.faireess.mobility.platform.i18n.LanguageBean;
import fr.faireess.mobility.platform.i18n.Messages;
import fr.faireess.mobility.platform.web.PublicAddress;

/**
 * The single sign-on addresses. {@code /sso/login} sends the browser to the provider.
 * {@code /sso/callback} is reached once the authentication mechanism has logged the person in (a
 * refused callback never gets here): a new session id, the account's language, then the page asked
 * for or the role's home. {@code /sso/logout} ends the provider's session after ours (see
 * {@link #PROVIDER_LOGOUT}). All answer 404 while single sign-on is off.
 */
@WebServlet({SsoLogin.START_PATH, SsoLogin.CALLBACK_PATH, SsoServlet.LOGOUT_PATH})
public class SsoServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    public static final String LOGOUT_PATH = "/sso/logout";
    /**
     * Session attribute of the fresh session after logout: the provider's logout address. The logout
     * is a form post, and a form's redirects are bound by the CSP's {@code form-action 'self'}; a page
     * of ours that moves on by itself (meta refresh) is a new navigation, which that rule leaves alone.
     */
    public static final String PROVIDER_LOGOUT = "mobility.sso.providerLogout";
    private static final Logger LOG = Logger.getLogger(SsoServlet.class.getName());

    @Inject
    private transient SsoLogin sso;

    @Inject
    private transient LanguageBean language;

    private final transient PublicAddress publicAddress = new PublicAddress(Settings.fromConfig().publicUrl());

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!sso.enabled()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        switch (request.getServletPath()) {
            case SsoLogin.START_PATH -> start(request, response);
            case SsoLogin.CALLBACK_PATH -> afterLogin(request, response);
            default -> providerLogout(request, response);
        }
    }

    private void start(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getRemoteUser() != null) {
            redirect(request, response, "/");
            return;
        }
        URI provider;
        try {
            provider = sso.start(request);
        } catch (RuntimeException e) {
            LOG.warning("Single sign-on unavailable: " + e.getMessage());
            redirect(request, response, SsoLogin.REFUSED_PAGE + "?reason=failed");
            return;
        }
        response.sendRedirect(provider.toString());
    }

    private void afterLogin(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getRemoteUser() == null) {
            redirect(request, response, SsoLogin.REFUSED_PAGE + "?reason=failed");
            return;
        }
        request.changeSessionId();   // no session fixation: the id known before login is worthless after
        language.adoptAccountPreference();
        Object returnTo = request.getSession().getAttribute(FormLoginMechanism.RETURN_TO);
        request.getSession().removeAttribute(FormLoginMechanism.RETURN_TO);
        redirect(request, response, FormLoginMechanism.safeReturnPath(returnTo));
    }

    /** A page that moves on to the provider's logout at once, with a link for browsers that do not. */
    private void providerLogout(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        Object target = session == null ? null : session.getAttribute(PROVIDER_LOGOUT);
        if (session != null) {
            session.removeAttribute(PROVIDER_LOGOUT);
        }
        if (!(target instanceof String url)) {
            redirect(request, response, FormLoginMechanism.LOGIN_PAGE + "?loggedOut=true");
            return;
        }
        Locale locale = language.getLocale();
        String href = escape(url);
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("<!DOCTYPE html><html lang=\"" + escape(locale.getLanguage()) + "\"><head>"
                + "<meta charset=\"UTF-8\"><meta http-equiv=\"refresh\" content=\"0;url=" + href + "\">"
                + "<title>" + escape(Messages.text(locale, "sso.logout.title")) + "</title></head><body><main>"
                + "<h1>" + escape(Messages.text(locale, "sso.logout.heading")) + "</h1>"
                + "<p><a id=\"continue\" href=\"" + href + "\">" + escape(Messages.text(locale, "sso.logout.continue"))
                + "</a></p></main></body></html>");
    }

    private void redirect(HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
        response.sendRedirect(publicAddress.absolute(request.getRequestURI(), request.getContextPath() + path));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
