package fr.faireess.mobility.identity;

import java.io.IOException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Form login on our own Faces page ({@code /login.xhtml}, which calls
 * {@code SecurityContext.authenticate}). Written out instead of the annotation-only form mechanism
 * for one reason: when a session has expired, the user is sent to the login page with a message —
 * also for Ajax requests, which would otherwise silently receive the login page as their answer.
 */
@AutoApplySession
@LoginToContinue(loginPage = FormLoginMechanism.LOGIN_PAGE, useForwardToLogin = false, errorPage = "")
@ApplicationScoped
public class FormLoginMechanism implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/login.xhtml";
    public static final String EXPIRED_PARAM = "expired";

    @Inject
    private IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return context.notifyContainerAboutLogin(identityStores.validate(credential));
        }
        if (context.isProtected() && sessionExpired(request)) {
            return sendToLogin(request, response);
        }
        return context.doNothing();
    }

    private static boolean sessionExpired(HttpServletRequest request) {
        return request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
    }

    private static AuthenticationStatus sendToLogin(HttpServletRequest request, HttpServletResponse response)
            throws AuthenticationException {
        String target = request.getContextPath() + LOGIN_PAGE + "?" + EXPIRED_PARAM + "=true";
        try {
            if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
                response.setContentType("text/xml");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        + "<partial-response><redirect url=\"" + target + "\"/></partial-response>");
            } else {
                response.sendRedirect(target);
            }
        } catch (IOException e) {
            throw new AuthenticationException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }
}
