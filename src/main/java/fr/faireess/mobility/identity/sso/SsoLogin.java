package fr.faireess.mobility.identity.sso;

import static java.util.stream.Collectors.toSet;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.identity.Role;
import fr.faireess.mobility.identity.SsoAccounts;
import fr.faireess.mobility.platform.config.Settings;
import fr.faireess.mobility.platform.web.PublicAddress;
import fr.faireess.mobility.platform.web.SecurityHeaders;

/**
 * The two legs of a single sign-on, called by the application's one authentication mechanism
 * ({@code FormLoginMechanism}, which hands over the SSO addresses): {@link #start} sends the browser
 * to the provider; {@link #callback} takes it back, exchanges the code, checks the ID token and tells
 * the container who logged in. A refusal, whatever its cause, ends on {@link #REFUSED_PAGE}, which
 * says what the person can do; the log says what failed.
 */
@ApplicationScoped
public class SsoLogin {

    public static final String START_PATH = "/sso/login";
    public static final String CALLBACK_PATH = "/sso/callback";
    public static final String REFUSED_PAGE = "/sso/refused.xhtml";
    /** Session attribute: the ID token of an SSO session, the hint of the provider's logout. */
    public static final String ID_TOKEN = "mobility.sso.idToken";
    /** How long a login may stay at the provider before its callback is no longer taken. */
    static final Duration PENDING_LIFETIME = Duration.ofMinutes(10);

    private static final Logger LOG = Logger.getLogger(SsoLogin.class.getName());

    @Inject
    private OidcClient client;

    @Inject
    private SsoAccounts accounts;

    private final Settings settings = Settings.fromConfig();
    private final PublicAddress publicAddress = new PublicAddress(settings.publicUrl());
    /** Real time: a pending login's age is measured in the world's minutes, like the provider's tokens. */
    private final Clock realClock = Clock.systemUTC();

    public boolean enabled() {
        return client.enabled();
    }

    /** The address the provider sends the browser back to (registered at the provider as the redirect URI). */
    public String redirectUri() {
        return settings.publicUrl() + CALLBACK_PATH.substring(1);
    }

    /** Remembers a new pending login in the session and returns the provider's address for it. */
    public URI start(HttpServletRequest request) {
        PendingLogin pending = PendingLogin.start(realClock.instant());
        URI target = client.authorizationUri(pending, redirectUri());
        request.getSession(true).setAttribute(PendingLogin.SESSION_KEY, pending);
        return target;
    }

    /** The provider's answer: a login for the container, or a redirect to the refusal page. */
    public AuthenticationStatus callback(HttpServletRequest request, HttpServletResponse response,
                                         HttpMessageContext context) throws AuthenticationException {
        HttpSession session = request.getSession(false);
        PendingLogin pending = session == null ? null : (PendingLogin) session.getAttribute(PendingLogin.SESSION_KEY);
        if (session != null) {
            session.removeAttribute(PendingLogin.SESSION_KEY);   // one callback per login, never replayed
        }
        String state = request.getParameter("state");
        if (pending == null || state == null || !state.equals(pending.state())) {
            LOG.warning("SSO callback refused: no pending login with this state in the session");
            return refuse(request, response, "failed");
        }
        if (pending.startedAt().plus(PENDING_LIFETIME).isBefore(realClock.instant())) {
            LOG.warning("SSO callback refused: the login started more than " + PENDING_LIFETIME + " ago");
            return refuse(request, response, "failed");
        }
        String error = request.getParameter("error");
        String code = request.getParameter("code");
        if (error != null || code == null || code.isBlank()) {
            LOG.warning("SSO callback refused: the provider answered " + abbreviate(error));
            return refuse(request, response, "failed");
        }
        String issuer = request.getParameter("iss");
        if (issuer != null && !issuer.equals(client.metadata().issuer())) {
            // RFC 9207: the answer names another provider (a mix-up attack); its code is never sent anywhere.
            LOG.warning("SSO callback refused: the answer comes from the issuer " + abbreviate(issuer));
            return refuse(request, response, "failed");
        }
        OidcClient.SignedIn signedIn;
        try {
            signedIn = client.exchange(code, pending, redirectUri());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "SSO login refused: " + e.getMessage());
            return refuse(request, response, "failed");
        }
        Object email = signedIn.claims().getClaim(client.emailClaim());
        if (!(email instanceof String address) || address.isBlank()) {
            LOG.warning("SSO login refused: the ID token has no claim " + client.emailClaim());
            return refuse(request, response, "failed");
        }
        if (Boolean.FALSE.equals(signedIn.claims().getClaim("email_verified"))) {
            LOG.warning("SSO login refused: the provider has not verified the address");
            return refuse(request, response, "unverified");
        }
        SsoAccounts.Match match = accounts.signIn(address, signedIn.claims().getSubject());
        if (!match.succeeded()) {
            return refuse(request, response, match.refusal() == SsoAccounts.Refusal.DISABLED ? "disabled" : "unknown");
        }
        Account account = match.account();
        request.getSession(true).setAttribute(ID_TOKEN, signedIn.idToken());
        return context.notifyContainerAboutLogin(account.getEmail(),
                account.getRoles().stream().map(Role::name).collect(toSet()));
    }

    /** The provider's logout for the session's ID token, back to the login page; empty if it offers none. */
    public java.util.Optional<URI> providerLogout(String idToken) {
        if (!enabled() || idToken == null) {
            return java.util.Optional.empty();
        }
        try {
            return client.endSessionUri(idToken, settings.publicUrl() + "login.xhtml?loggedOut=true");
        } catch (RuntimeException e) {
            LOG.warning("Provider logout skipped: " + e.getMessage());
            return java.util.Optional.empty();
        }
    }

    private AuthenticationStatus refuse(HttpServletRequest request, HttpServletResponse response, String reason)
            throws AuthenticationException {
        SecurityHeaders.apply(request, response);
        try {
            response.sendRedirect(publicAddress.absolute(request.getRequestURI(),
                    request.getContextPath() + REFUSED_PAGE + "?reason=" + reason));
        } catch (IOException e) {
            throw new AuthenticationException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private static String abbreviate(String value) {
        return value == null ? "no code" : value.length() > 100 ? value.substring(0, 100) : value;
    }
}
