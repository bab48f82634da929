package fr.faireess.mobility.application.web;

import java.io.IOException;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import fr.faireess.mobility.application.ApplicationService;
import fr.faireess.mobility.application.DocumentDownload;
import fr.faireess.mobility.platform.security.AccessDeniedException;
import fr.faireess.mobility.identity.CurrentUser;
import fr.faireess.mobility.platform.web.FileResponse;

/**
 * Serves an application's PDF. Mapped inside the student and coordinator areas (so web.xml's
 * constraints apply), and the service answers only for a document the caller may see: anything
 * else — someone else's file, a guessed id — is a 404, indistinguishable from a missing one.
 */
@WebServlet(urlPatterns = {"/student/document", "/coordinator/document"})
public class DocumentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject private ApplicationService applications;
    @Inject private CurrentUser currentUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<DocumentDownload> document;
        try {
            document = FileResponse.parseId(request.getParameter("id"))
                    .flatMap(id -> currentUser.account().flatMap(viewer -> applications.download(id, viewer)));
        } catch (AccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        if (document.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        FileResponse.send(response, "application/pdf", document.get().fileName(), document.get().content(),
                FileResponse.PRIVATE);
    }
}
