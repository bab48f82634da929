package fr.faireess.mobility.placement.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.identity.CurrentUser;
import fr.faireess.mobility.placement.AgreementService;
import fr.faireess.mobility.placement.PlacementFile;

/**
 * Serves a placement's PDFs: {@code ?agreement=<version id>} (Learning Agreement),
 * {@code ?convention=<placement id>} (convention data sheet) or {@code ?scan=<document id>}. Mapped
 * inside the student, coordinator and trainer areas (web.xml's constraints apply) and the service
 * answers only for a placement the caller may see (a trainer: one they are the academic referent
 * of): anything else is a 404, like a missing one. Staff reads are audited by the service.
 */
@WebServlet(urlPatterns = {"/student/placement-document", "/coordinator/placement-document", "/trainer/placement-document"})
public class PlacementDocumentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject private AgreementService agreements;
    @Inject private CurrentUser currentUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<PlacementFile> file = currentUser.account().flatMap(viewer -> find(request, viewer));
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] content = file.get().content();
        response.setContentType("application/pdf");
        response.setContentLength(content.length);
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(file.get().fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(content);
    }

    private Optional<PlacementFile> find(HttpServletRequest request, Account viewer) {
        Optional<Long> agreement = id(request.getParameter("agreement"));
        if (agreement.isPresent()) {
            return agreements.agreementPdf(agreement.get(), viewer);
        }
        Optional<Long> convention = id(request.getParameter("convention"));
        if (convention.isPresent()) {
            return agreements.conventionPdf(convention.get(), viewer);
        }
        return id(request.getParameter("scan")).flatMap(scan -> agreements.scanFile(scan, viewer));
    }

    private static Optional<Long> id(String value) {
        try {
            return value == null ? Optional.empty() : Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
