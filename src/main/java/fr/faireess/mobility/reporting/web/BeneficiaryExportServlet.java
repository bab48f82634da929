package fr.faireess.mobility.reporting.web;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import fr.faireess.mobility.identity.CurrentUser;
import fr.faireess.mobility.reporting.BmLayout;
import fr.faireess.mobility.reporting.ReportingService;

/**
 * {@code beneficiary.csv?year=2025} and {@code beneficiary.xlsx?year=2025}: the Beneficiary Module
 * file of a call year, on the year's uploaded BM template when there is one; {@code &beneficiary=<id>}
 * for that beneficiary's file only (404 unless it pays for a campus the coordinator sees that year). Inside the coordinators'
 * area (web.xml); the service checks the role again, audits the download and streams the rows.
 */
@WebServlet("/coordinator/reports/export/*")
public class BeneficiaryExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject private ReportingService reporting;
    @Inject private CurrentUser currentUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Integer year = year(request.getParameter("year"));
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        String beneficiaryParameter = request.getParameter("beneficiary");
        Long beneficiary = beneficiaryParameter == null || beneficiaryParameter.isEmpty() ? null
                : beneficiaryParameter.matches("\\d{1,18}") ? Long.valueOf(beneficiaryParameter) : -1L;
        if (year == null || !(path.equals("/beneficiary.csv") || path.equals("/beneficiary.xlsx"))
                || (beneficiary != null && reporting.beneficiaries(year, currentUser.get()).stream()
                        .noneMatch(b -> b.id() == beneficiary))) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        boolean csv = path.endsWith(".csv");
        response.setContentType(csv ? "text/csv; charset=UTF-8"
                : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"beneficiary-module-" + year
                + (beneficiary == null ? "" : "-" + beneficiary) + (csv ? ".csv" : ".xlsx") + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        // Streamed: no length known in advance, the rows are written as they are read.
        reporting.export(year, beneficiary, csv ? BmLayout.Format.CSV : BmLayout.Format.XLSX, currentUser.get(), response.getOutputStream());
    }

    private static Integer year(String value) {
        if (value == null || !value.matches("\\d{4}")) {
            return null;
        }
        return Integer.valueOf(value);
    }
}
