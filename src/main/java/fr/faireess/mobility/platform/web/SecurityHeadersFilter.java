package fr.faireess.mobility.platform.web;

import java.io.IOException;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import fr.faireess.mobility.platform.config.Settings;

/**
 * Every response the application serves gets {@link SecurityHeaders} — error pages too, which the
 * container dispatches after a 403, 404 or 500 (hence the ERROR and FORWARD dispatches).
 *
 * <p>On the request itself it also:
 * <ul>
 * <li>refuses the HTTP methods the pages never use (PUT, DELETE, OPTIONS…; the REST API under
 * {@code /api/} answers those itself): the Faces servlet
 * would otherwise answer them as if they were GET. {@code <deny-uncovered-http-methods/>} in web.xml
 * cannot do this, because the security constraints name no method;</li>
 * <li>refuses a POST whose {@code Origin} (or {@code Referer}) is another site's: defence in depth
 * against cross-site request forgery, next to the view state and the SameSite cookie;</li>
 * <li>answers a form body that cannot be read (a broken multipart body, one over the size limit)
 * with a 400 or 413, before Faces reads it and fails as a server error;</li>
 * <li>writes every redirect on the public address ({@link PublicAddress}), never on the request's
 * {@code Host} header.</li>
 * </ul>
 * An error page is shown to any method as to a GET without parameters ({@link ErrorPageRequest}).
 */
@WebFilter(filterName = "securityHeaders", urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeadersFilter implements Filter {

    private static final Logger LOG = Logger.getLogger(SecurityHeadersFilter.class.getName());

    static final Set<String> ALLOWED_METHODS = Set.of("GET", "HEAD", "POST");
    static final String API_PREFIX = "/api/";

    private PublicAddress publicAddress;

    @Override
    public void init(FilterConfig config) {
        publicAddress = new PublicAddress(Settings.fromConfig().publicUrl());
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest httpRequest = (HttpServletRequest) request;
        HttpServletResponse http = (HttpServletResponse) response;
        SecurityHeaders.apply(httpRequest, http);
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            chain.doFilter(ErrorPageRequest.of(httpRequest), response);
            return;
        }
        if (request.getDispatcherType() != DispatcherType.REQUEST) {
            chain.doFilter(request, response);
            return;
        }
        String method = httpRequest.getMethod();
        if (isApi(httpRequest)) {
            // The API authenticates by a bearer token only, never by the session cookie: a page of
            // another site cannot make a browser call it as someone, so no Origin check applies; its
            // JSON bodies are not forms, and its errors (a method it does not serve: 405) are problem
            // documents written by the API itself, not error pages.
            chain.doFilter(request, response);
            return;
        }
        if (!ALLOWED_METHODS.contains(method)) {
            http.setHeader("Allow", "GET, HEAD, POST");
            http.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        if ("POST".equals(method) && !publicAddress.sameOrigin(httpRequest.getHeader("Origin"),
                httpRequest.getHeader("Referer"), requestOrigin(httpRequest))) {
            LOG.info(() -> "Cross-site POST refused: " + httpRequest.getRequestURI() + " from "
                    + String.valueOf(httpRequest.getHeader("Origin")).replaceAll("[\\r\\n]", "_"));
            http.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        int unreadable = FormBody.refusal(httpRequest);
        if (unreadable != 0) {
            http.sendError(unreadable);
            return;
        }
        chain.doFilter(request, new PublicRedirects(httpRequest, http, publicAddress));
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + API_PREFIX);
    }

    /** Where this request was sent, as the container saw it (scheme, host, port). */
    private static String requestOrigin(HttpServletRequest request) {
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(request.getScheme()) && port == 80) || ("https".equals(request.getScheme()) && port == 443);
        return request.getScheme() + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
    }

    /** Redirects on the public address. */
    static final class PublicRedirects extends HttpServletResponseWrapper {

        private final HttpServletRequest request;
        private final PublicAddress publicAddress;

        PublicRedirects(HttpServletRequest request, HttpServletResponse response, PublicAddress publicAddress) {
            super(response);
            this.request = request;
            this.publicAddress = publicAddress;
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            super.sendRedirect(publicAddress.absolute(request.getRequestURI(), location));
        }
    }
}
