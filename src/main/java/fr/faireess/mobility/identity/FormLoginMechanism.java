package fr.faireess.mobility.identity;

import java.io.IOException;
import java.io.Serializable;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import fr.faireess.mobility.identity.sso.SsoLogin;
import fr.faireess.mobility.platform.config.Settings;
import fr.faireess.mobility.platform.web.PublicAddress;
import fr.faireess.mobility.platform.web.SecurityHeaders;

/**
 * Form login on our own Faces page ({@code /login.xhtml}, which calls
 * {@code SecurityContext.authenticate}); the session keeps the caller afterwards: its name and
 * groups in a session attribute ({@link #CALLER}), handed to the container again at each request.
 * Not Jakarta Security's {@code @AutoApplySession}, which re-applies the container's own principal:
 * in a cluster a session moved to another instance arrives with that principal but without its
 * groups (they live in the first instance's security context), and every page answered 403. A
 * session attribute travels with the session (README "Running several instances").
 *
 * <p>Written out instead of Jakarta Security's {@code @LoginToContinue} so that a person whose
 * session expired is told so, also on Ajax requests (which would otherwise receive the login page
 * as their answer and silently do nothing), and so that the page asked for is simply remembered
 * and reopened after login rather than replayed.
 *
 * <p>Single sign-on ({@link SsoLogin}) rides on this mechanism: its callback address is handed over,
 * and a login it accepts is kept in the session like a form login.
 */
@ApplicationScoped
public class FormLoginMechanism implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/login.xhtml";
    /** Session attribute: the page to open after login. */
    public static final String RETURN_TO = "mobility.returnTo";
    /** Session attribute: the logged-in caller ({@link Caller}); logging out invalidates the session. */
    public static final String CALLER = "mobility.caller";

    /** Who is logged in on a session, as the identity store said at login. */
    public record Caller(String name, Set<String> groups) implements Serializable {
    }

    @Inject
    private IdentityStoreHandler identityStores;

    /** Jakarta Security takes one mechanism per application: this one hands single sign-on's callback over. */
    @Inject
    private SsoLogin sso;

    private final PublicAddress publicAddress = new PublicAddress(Settings.fromConfig().publicUrl());

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                request.getSession(true).setAttribute(CALLER,
                        new Caller(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
            }
            return context.notifyContainerAboutLogin(result);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(CALLER) instanceof Caller caller) {
            return context.notifyContainerAboutLogin(caller.name(), caller.groups());
        }
        if (sso.enabled() && SsoLogin.CALLBACK_PATH.equals(request.getServletPath())) {
            return sso.callback(request, response, context);
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        boolean expired = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
        boolean ajax = "partial/ajax".equals(request.getHeader("Faces-Request"));
        if (!ajax && "GET".equals(request.getMethod())) {
            String query = request.getQueryString();
            String path = request.getRequestURI().substring(request.getContextPath().length());
            request.getSession(true).setAttribute(RETURN_TO, path + (query == null ? "" : "?" + query));
        }
        return sendToLogin(request, response, ajax, expired);
    }

    /**
     * The container sends this answer before any filter runs: it gets the security headers here, and
     * its redirect is written on the public address, never on the request's {@code Host} header.
     */
    private AuthenticationStatus sendToLogin(HttpServletRequest request, HttpServletResponse response,
                                             boolean ajax, boolean expired) throws AuthenticationException {
        SecurityHeaders.apply(request, response);
        String target = request.getContextPath() + LOGIN_PAGE + (expired ? "?expired=true" : "");
        try {
            if (ajax) {
                response.setContentType("text/xml");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        + "<partial-response><redirect url=\"" + target + "\"/></partial-response>");
            } else {
                response.sendRedirect(publicAddress.absolute(request.getRequestURI(), target));
            }
        } catch (IOException e) {
            throw new AuthenticationException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    /** A remembered page, only if it is a path inside this application (never another site). */
    public static String safeReturnPath(Object remembered) {
        if (remembered instanceof String path && path.startsWith("/") && !path.startsWith("//")
                && !path.contains("\\") && !path.startsWith(LOGIN_PAGE)) {
            return path;
        }
        return "/";
    }
}
