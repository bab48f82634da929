package fr.faireess.mobility.application.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import fr.faireess.mobility.platform.config.SchoolClock;
import fr.faireess.mobility.application.ApplicationCriteria;
import fr.faireess.mobility.application.ApplicationExport;
import fr.faireess.mobility.application.ApplicationExportRow;
import fr.faireess.mobility.application.ExportTable;
import fr.faireess.mobility.application.ReviewExportService;
import fr.faireess.mobility.platform.error.BusinessException;
import fr.faireess.mobility.platform.security.AccessDeniedException;
import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.identity.CurrentUser;
import fr.faireess.mobility.platform.i18n.LanguageBean;
import fr.faireess.mobility.platform.i18n.Messages;
import fr.faireess.mobility.reference.Country;
import fr.faireess.mobility.reference.ReferenceData;

/**
 * {@code applications.csv} and {@code applications.xlsx}: the review list with the filters and the
 * order of its own address ({@code /coordinator/applications/list.xhtml?…}), read the same way — a
 * parameter that does not parse is a 404, as on the list. Inside the coordinators' area (web.xml);
 * the service checks the role again, keeps to the coordinator's campuses and audits the download.
 * The file is written as its rows are read, page by page.
 *
 * <p>With {@code ids=1,2,3} (the "export the ticked files" buttons of the list), the files ticked,
 * in that order, instead of the filters: every id must be a file the coordinator sees, or nothing is
 * exported (404, as a foreign file's page); an id that does not parse is a 404 too.
 */
@WebServlet("/coordinator/applications/export/*")
public class ReviewExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject private ReviewExportService exports;
    @Inject private CurrentUser currentUser;
    @Inject private LanguageBean language;
    @Inject private ReferenceData reference;
    @Inject private SchoolClock schoolClock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<TableDownload> format = TableDownload.of(request.getPathInfo())
                .filter(f -> f.name().equals("applications")).map(TableDownload.Requested::format);
        Optional<ApplicationCriteria> criteria = ApplicationCriteria.parse(request::getParameter);
        if (format.isEmpty() || criteria.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Account coordinator = currentUser.get();
        String ticked = request.getParameter("ids");
        Optional<List<Long>> selection = ticked == null ? Optional.empty() : parseIds(ticked);
        if (ticked != null && selection.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        List<Long> ids;
        try {
            ids = selection.isPresent() ? exports.openSelection(selection.get(), format.get().extension(), coordinator)
                    : exports.open(criteria.get(), format.get().extension(), coordinator);
        } catch (AccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (BusinessException e) {   // nothing ticked, too many, or a file not the coordinator's (NotFoundException)
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Locale locale = language.getLocale();
        Map<String, String> countries = reference.countries().stream()
                .collect(Collectors.toMap(Country::getCode, c -> c.name(locale)));
        ApplicationExport export = new ApplicationExport(locale, code -> countries.getOrDefault(code, code));
        String baseName = Messages.text(locale, "review.export.fileName") + "-" + schoolClock.today();
        try (ExportTable table = format.get().open(response, baseName, export.sheetName())) {
            table.row(export.header());
            for (int from = 0; from < ids.size(); from += ReviewExportService.PAGE) {
                List<Long> page = ids.subList(from, Math.min(from + ReviewExportService.PAGE, ids.size()));
                for (ApplicationExportRow row : exports.rows(page, coordinator)) {
                    table.row(export.row(row));
                }
            }
            table.finish();
        }
    }

    /** {@code 12,7,40} as ids; empty when empty or when a part is not a positive number. */
    static Optional<List<Long>> parseIds(String text) {
        List<Long> ids = new java.util.ArrayList<>();
        for (String part : text.split(",", -1)) {
            try {
                long id = Long.parseLong(part.strip());
                if (id <= 0) {
                    return Optional.empty();
                }
                ids.add(id);
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return ids.isEmpty() ? Optional.empty() : Optional.of(ids);
    }
}
