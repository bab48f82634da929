package fr.faireess.mobility.dashboard.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import fr.faireess.mobility.application.ExportTable;
import fr.faireess.mobility.application.web.TableDownload;
import fr.faireess.mobility.dashboard.DashboardFilter;
import fr.faireess.mobility.dashboard.DashboardService;
import fr.faireess.mobility.dashboard.Figure;
import fr.faireess.mobility.platform.security.AccessDeniedException;
import fr.faireess.mobility.identity.CurrentUser;
import fr.faireess.mobility.platform.i18n.LanguageBean;
import fr.faireess.mobility.platform.i18n.Messages;
import fr.faireess.mobility.platform.text.Texts;

/**
 * A dashboard figure's table as a file: {@code …/dashboard/export/<figure>.csv} or {@code .xlsx},
 * with the page's filters ({@code year}, {@code campus}). Inside the coordinators', trainers' and admins' areas
 * (web.xml); the service checks the role again and keeps to the viewer's campuses. A figure, year or
 * format that does not exist is a 404.
 */
@WebServlet({"/coordinator/dashboard/export/*", "/admin/dashboard/export/*", "/trainer/dashboard/export/*"})
public class DashboardExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject private DashboardService dashboards;
    @Inject private CurrentUser currentUser;
    @Inject private LanguageBean language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<TableDownload.Requested> requested = TableDownload.of(request.getPathInfo())
                .filter(r -> DashboardService.FIGURES.contains(r.name()) || DashboardService.TRAINER_FIGURES.contains(r.name()));
        Optional<Integer> year = parseYear(request.getParameter("year"));
        if (requested.isEmpty() || year == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String key = requested.get().name();
        Locale locale = language.getLocale();
        Figure figure;
        try {
            figure = dashboards.figure(key, new DashboardFilter(year.orElse(null), Texts.blankToNull(request.getParameter("campus"))),
                    currentUser.get(), locale);
        } catch (AccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String title = Messages.text(locale, "dashboard.figure." + key);
        String baseName = Messages.text(locale, "dashboard.fileName") + "-" + key + year.map(y -> "-" + y).orElse("");
        try (ExportTable table = requested.get().format().open(response, baseName, title)) {
            for (List<Object> row : figure.table(Messages.text(locale, "dashboard.category." + key),
                    Messages.text(locale, "dashboard.total"))) {
                table.row(row);
            }
            table.finish();
        }
    }

    /** Empty when absent (every year), null when it does not parse (a 404). */
    private static Optional<Integer> parseYear(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            int year = Integer.parseInt(value.strip());
            return year >= 2000 && year <= 2200 ? Optional.of(year) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

}
