package fr.faireess.mobility.calendar.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import fr.faireess.mobility.calendar.CalendarFeedService;

/**
 * {@code /calendar/<secret>.ics}: a person's private feed, read by their calendar without logging
 * in (outside the login constraint). Anything but a known secret of an enabled account is a 404.
 * Never cached (the security headers stay): a calendar asks again, and a renewed address must stop
 * working everywhere at once.
 */
@WebServlet(urlPatterns = "/calendar/*")
public class CalendarFeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject private CalendarFeedService feeds;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        Optional<String> feed = Optional.empty();
        if (path != null && path.startsWith("/") && path.endsWith(CalendarFeedService.SUFFIX)) {
            feed = feeds.render(path.substring(1, path.length() - CalendarFeedService.SUFFIX.length()));
        }
        if (feed.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] body = feed.get().getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/calendar; charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Disposition", "inline; filename=\"mobilite-faire-ess.ics\"");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
