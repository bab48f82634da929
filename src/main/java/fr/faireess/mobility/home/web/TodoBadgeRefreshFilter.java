package fr.faireess.mobility.home.web;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Any request of a signed-in session that may change something (everything but GET and HEAD: forms,
 * uploads, logout) makes the menu count its to-dos again on the next page ({@link TodoBadgeCache}),
 * so that the user sees the effect of what they just did.
 */
@WebFilter(filterName = "todoBadgeRefresh", urlPatterns = "/*", asyncSupported = true)
public class TodoBadgeRefreshFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject private TodoBadgeCache badges;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod()) && request.getSession(false) != null) {
            badges.changed();
        }
        chain.doFilter(request, response);
    }
}
