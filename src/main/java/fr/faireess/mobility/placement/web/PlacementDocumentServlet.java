package fr.faireess.mobility.placement.web;

import java.io.IOException;
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
import fr.faireess.mobility.platform.web.FileResponse;

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
        FileResponse.send(response, "application/pdf", file.get().fileName(), file.get().content(), FileResponse.PRIVATE);
    }

    private Optional<PlacementFile> find(HttpServletRequest request, Account viewer) {
        Optional<Long> agreement = FileResponse.parseId(request.getParameter("agreement"));
        if (agreement.isPresent()) {
            return agreements.agreementPdf(agreement.get(), viewer);
        }
        Optional<Long> convention = FileResponse.parseId(request.getParameter("convention"));
        if (convention.isPresent()) {
            return agreements.conventionPdf(convention.get(), viewer);
        }
        return FileResponse.parseId(request.getParameter("scan")).flatMap(scan -> agreements.scanFile(scan, viewer));
    }
}
