package fr.faireess.mobility.platform.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The headers every response carries, whoever writes it: {@link SecurityHeadersFilter} for what the
 * application serves (pages, downloads, the feed, error pages), the login mechanism for its redirect,
 * which the container sends before any filter runs, and {@link UndecodablePathFilter} for the 400
 * it answers before the container.
 *
 * <p>The script part of the Content-Security-Policy is set by PrimeFaces on Faces pages (a nonce per
 * response, see {@code primefaces.CSP_POLICY} in web.xml); the policy here covers what applies to
 * every response. Browsers enforce both policies, so neither can loosen the other: frames, in
 * particular, are limited to the two video hosts here too.
 *
 * <p>Nothing but the versioned static resources may be kept by a browser or a proxy: pages show
 * personal data, and a shared computer's back button or a proxy must not show them again.
 */
public final class SecurityHeaders {

    /** The only hosts any page may frame: the privacy-enhanced YouTube player and Vimeo's (testimonies). */
    static final String VIDEO_FRAMES = "https://www.youtube-nocookie.com https://player.vimeo.com";

    static final String BASE_POLICY = "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-src " + VIDEO_FRAMES;

    /** Faces resources (theme, scripts, images): versioned, the same for everyone, cacheable. */
    static final String STATIC_RESOURCES = "/jakarta.faces.resource/";

    /** What every response carries, secure or not, cacheable or not. */
    static final Map<String, String> EVERY_RESPONSE = Map.of(
            "Content-Security-Policy", BASE_POLICY,
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "strict-origin-when-cross-origin",
            "X-Frame-Options", "DENY",
            "Permissions-Policy", "camera=(), microphone=(), geolocation=()");

    private SecurityHeaders() {
    }

    public static void apply(HttpServletRequest request, HttpServletResponse response) {
        EVERY_RESPONSE.forEach(response::setHeader);
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith(STATIC_RESOURCES)) {
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Pragma", "no-cache");
        }
    }
}
