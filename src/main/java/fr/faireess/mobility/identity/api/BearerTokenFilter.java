package fr.faireess.mobility.identity.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

import fr.faireess.mobility.identity.ApiCaller;
import fr.faireess.mobility.identity.ApiClientService;
import fr.faireess.mobility.platform.api.ApiLanguage;
import fr.faireess.mobility.platform.api.Problems;
import fr.faireess.mobility.platform.api.RateLimiter;
import fr.faireess.mobility.platform.i18n.Messages;

/**
 * Every API call needs a bearer token of a usable client (not expired, not revoked, its account
 * enabled): otherwise 401, the same answer whatever was wrong with it. The session cookie of a
 * logged-in person is never looked at, so a page of another site cannot make a browser call the
 * API with someone's session (no CSRF surface). Then the client's rate limit: 429 with Retry-After.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class BearerTokenFilter implements ContainerRequestFilter {

    private static final String SCHEME = "Bearer ";

    @Inject
    private ApiClientService clients;

    @Inject
    private ApiCaller caller;

    @Inject
    private RateLimiter limiter;

    @Context
    private HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        Locale locale = locale(context);
        String header = context.getHeaderString(HttpHeaders.AUTHORIZATION);
        String token = header != null && header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
                ? header.substring(SCHEME.length()).strip() : null;
        Optional<ApiClientService.Principal> principal = token == null ? Optional.empty()
                : clients.authenticate(token, context.getMethod(), request.getRequestURI());
        if (principal.isEmpty()) {
            context.abortWith(Problems.response(401, locale, request.getRequestURI(), "api.unauthorized"));
            return;
        }
        OptionalLong wait = limiter.take(principal.get().clientId());
        if (wait.isPresent()) {
            context.abortWith(Problems.response(429, locale, request.getRequestURI(),
                    Messages.text(locale, "api.tooManyRequests", wait.getAsLong()), List.of(),
                    Map.of("Retry-After", Long.toString(wait.getAsLong()))));
            return;
        }
        caller.set(principal.get());
    }

    private static Locale locale(ContainerRequestContext context) {
        try {
            return ApiLanguage.of(context.getAcceptableLanguages());
        } catch (RuntimeException malformed) {
            return Locale.FRENCH;
        }
    }
}
