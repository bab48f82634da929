package fr.faireess.mobility.budget.web;

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
import fr.faireess.mobility.budget.PaymentService;
import fr.faireess.mobility.budget.PaymentService.ExportRow;
import fr.faireess.mobility.platform.security.AccessDeniedException;
import fr.faireess.mobility.identity.CurrentUser;
import fr.faireess.mobility.platform.i18n.LanguageBean;
import fr.faireess.mobility.platform.i18n.Messages;

/**
 * {@code payments.csv} and {@code payments.xlsx} of a call year ({@code ?year=}), for the school's
 * accounting: one row per payment, by day, with the beneficiary and its agreement number. Inside the
 * coordinators' and the admins' areas (web.xml); the service checks the role again, keeps to the
 * viewer's campuses and audits the download.
 */
@WebServlet({"/coordinator/budget/export/*", "/admin/budget/export/*"})
public class PaymentExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject private PaymentService payments;
    @Inject private CurrentUser currentUser;
    @Inject private LanguageBean language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<TableDownload> format = TableDownload.of(request.getPathInfo())
                .filter(r -> r.name().equals("payments")).map(TableDownload.Requested::format);
        Integer year = parseYear(request.getParameter("year"));
        if (format.isEmpty() || year == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        List<ExportRow> rows;
        try {
            rows = payments.export(year, format.get().extension(), currentUser.get());
        } catch (AccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Locale locale = language.getLocale();
        String baseName = Messages.text(locale, "budget.export.fileName") + "-" + year;
        try (ExportTable table = format.get().open(response, baseName, Messages.text(locale, "budget.export.sheet"))) {
            table.row(PaymentExport.header(locale));
            for (ExportRow row : rows) {
                table.row(PaymentExport.row(row, locale));
            }
            table.finish();
        }
    }

    private static Integer parseYear(String value) {
        if (value == null || !value.matches("\\d{4}")) {
            return null;
        }
        return Integer.valueOf(value);
    }
}
