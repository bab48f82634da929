package fr.faireess.mobility.platform.web;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Security headers on every response. The script part of the Content-Security-Policy is set by
 * PrimeFaces on Faces pages (a nonce per response, see {@code primefaces.CSP_POLICY} in web.xml);
 * the policy here covers what applies to every response, pages and downloads alike. Browsers
 * enforce both policies, so neither can loosen the other: frames, in particular, are limited to the
 * two video hosts here too, even on responses PrimeFaces does not write (downloads, the feed, errors).
 *
 * <p>It also refuses the HTTP methods the application never uses (PUT, DELETE, OPTIONS…): the Faces
 * servlet would otherwise answer them as if they were GET. {@code <deny-uncovered-http-methods/>}
 * in web.xml cannot do this, because the security constraints name no method.
 */
@WebFilter(filterName = "securityHeaders", urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter implements Filter {

    /** The only hosts any page may frame: the privacy-enhanced YouTube player and Vimeo's (testimonies). */
    static final String VIDEO_FRAMES = "https://www.youtube-nocookie.com https://player.vimeo.com";

    static final String BASE_POLICY = "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-src " + VIDEO_FRAMES;
    static final Set<String> ALLOWED_METHODS = Set.of("GET", "HEAD", "POST");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletResponse http = (HttpServletResponse) response;
        http.setHeader("Content-Security-Policy", BASE_POLICY);
        http.setHeader("X-Content-Type-Options", "nosniff");
        http.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        http.setHeader("X-Frame-Options", "DENY");
        http.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (request.isSecure()) {
            http.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        if (!ALLOWED_METHODS.contains(((HttpServletRequest) request).getMethod())) {
            http.setHeader("Allow", "GET, HEAD, POST");
            http.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        chain.doFilter(request, response);
    }
}
