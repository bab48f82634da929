package fr.faireess.mobility.application;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.identity.CurrentUser;
import fr.faireess.mobility.platform.i18n.Formats;
import fr.faireess.mobility.platform.i18n.LanguageBean;
import fr.faireess.mobility.platform.i18n.Messages;
import fr.faireess.mobility.reference.ReferenceData;

/**
 * The floor the review list is measured against ({@code PageVsServletBenchmark}, issue #14 item 4): the
 * same query as the page's lazy model (a count, then the first page of 25, in the coordinator's
 * scope, with the list's own filter parameters) and the same 25 rows as plain HTML, written by hand.
 * Test source, added to the benchmark deployment only ({@code support.Deployments}); inside the
 * coordinators' area of web.xml, like the page.
 */
@WebServlet("/coordinator/bench/review-list")
public class ReviewListFloorServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final int PAGE = 25;

    @Inject private ApplicationQueries applicationQueries;
    @Inject private CurrentUser currentUser;
    @Inject private ReferenceData reference;
    @Inject private LanguageBean language;
    @Inject private Formats fmt;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<ApplicationCriteria> parsed = ApplicationCriteria.parse(request::getParameter);
        if (parsed.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Account coordinator = currentUser.get();
        long count = applicationQueries.count(parsed.get(), coordinator);
        List<MobilityApplication> rows = applicationQueries.page(parsed.get(), 0, PAGE, coordinator);
        String lang = language.getCode();
        response.setContentType("text/html; charset=UTF-8");
        PrintWriter out = response.getWriter();
        out.append("<!DOCTYPE html><html lang=\"").append(lang).append("\"><head><title>")
                .append(esc(Messages.text(language.getLocale(), "review.list.title")))
                .append("</title></head><body><table><tbody>");
        String view = request.getContextPath() + "/coordinator/applications/view.xhtml?id=";
        for (MobilityApplication a : rows) {
            out.append("<tr data-ri=\"").append(String.valueOf(a.getId())).append("\"><td><a href=\"").append(view)
                    .append(String.valueOf(a.getId())).append("\">")
                    .append(esc(a.getStudent().getLastName().toUpperCase() + " " + a.getStudent().getFirstName()))
                    .append("</a></td><td>").append(esc(a.getStudent().getProgramme().getCode() + " · "
                            + a.getStudent().getStudyYear() + " · " + a.getStudent().getCampus().getName()))
                    .append("</td><td>").append(esc(a.getCall().getTitle()))
                    .append("</td><td>").append(esc(reference.countryName(a.getFirstCountryCode(), lang)))
                    .append("</td><td>").append(esc(fmt.dayOf(a.getSubmittedAt())))
                    .append("</td><td>").append(a.getScore() == null ? "" : String.valueOf(a.getScore()))
                    .append("</td><td><span class=\"badge status-").append(a.getStatus().name()).append("\">")
                    .append(esc(Messages.text(language.getLocale(), a.getStatus().labelKey())))
                    .append("</span></td></tr>");
        }
        out.append("</tbody></table><p>").append(String.valueOf(count)).append("</p></body></html>");
    }

    private static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
