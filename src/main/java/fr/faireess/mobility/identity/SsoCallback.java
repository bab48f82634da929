package fr.faireess.mobility.identity;

import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Single sign-on's callback, as the form login mechanism sees it: Jakarta Security takes one
 * mechanism per application, so {@link FormLoginMechanism} hands the provider's answer over to this
 * port, which {@code identity.sso.SsoLogin} implements (the sso package builds on identity, never
 * the other way round: PackageStructureTest).
 */
public interface SsoCallback {

    /** Whether {@code request} is the provider's answer to a login this application started (SSO on). */
    boolean handles(HttpServletRequest request);

    /** Checks the provider's answer and logs the matching account in, or answers the refusal page. */
    AuthenticationStatus callback(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
            throws AuthenticationException;
}
