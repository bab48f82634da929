package fr.faireess.mobility.dashboard.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import fr.faireess.mobility.application.ExportTable;
import fr.faireess.mobility.dashboard.DashboardFilter;
import fr.faireess.mobility.dashboard.DashboardService;
import fr.faireess.mobility.dashboard.Figure;
import fr.faireess.mobility.platform.security.AccessDeniedException;
import fr.faireess.mobility.identity.CurrentUser;
import fr.faireess.mobility.platform.i18n.LanguageBean;
import fr.faireess.mobility.platform.i18n.Messages;
import fr.faireess.mobility.platform.web.FileResponse;
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
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject private DashboardService dashboards;
    @Inject private CurrentUser currentUser;
    @Inject private LanguageBean language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        boolean csv = path.endsWith(".csv");
        String key = path.replaceFirst("^/", "").replaceFirst("\\.(csv|xlsx)$", "");
        Optional<Integer> year = parseYear(request.getParameter("year"));
        if (!(csv || path.endsWith(".xlsx")) || !(DashboardService.FIGURES.contains(key) || DashboardService.TRAINER_FIGURES.contains(key)) || year == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
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
        String fileName = Messages.text(locale, "dashboard.fileName") + "-" + key + year.map(y -> "-" + y).orElse("")
                + (csv ? ".csv" : ".xlsx");
        FileResponse.attachment(response, csv ? "text/csv; charset=UTF-8" : XLSX, fileName, FileResponse.PRIVATE);
        OutputStream out = response.getOutputStream();
        try (ExportTable table = csv ? ExportTable.csv(out) : ExportTable.xlsx(out, sheetName(title))) {
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


    /** Excel's sheet names: at most 31 characters, none of : \ / ? * [ ]. */
    private static String sheetName(String title) {
        String name = title.replaceAll("[:\\\\/?*\\[\\]]", " ");
        return name.length() > 31 ? name.substring(0, 31) : name;
    }
}
