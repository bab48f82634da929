package fr.faireess.mobility.placement.web;

import java.io.IOException;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import fr.faireess.mobility.placement.MentorLinks;
import fr.faireess.mobility.placement.PlacementFile;
import fr.faireess.mobility.platform.web.FileResponse;

/**
 * {@code /agreement/pdf?token=…}: the Learning Agreement a mentor is asked to sign, as a PDF, with no
 * account. The personal link is the only key, checked like the signing page's (a signing link,
 * unused, not expired); anything else is a 404.
 */
@WebServlet(urlPatterns = "/agreement/pdf")
public class MentorPdfServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject private MentorLinks links;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<PlacementFile> file = links.agreementPdf(request.getParameter("token"));
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        FileResponse.send(response, "application/pdf", file.get().fileName(), file.get().content(), FileResponse.PRIVATE);
    }
}
