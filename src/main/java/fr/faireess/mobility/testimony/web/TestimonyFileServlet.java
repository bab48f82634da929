package fr.faireess.mobility.testimony.web;

import java.io.IOException;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import fr.faireess.mobility.identity.CurrentUser;
import fr.faireess.mobility.platform.web.FileResponse;
import fr.faireess.mobility.testimony.ConsentService;
import fr.faireess.mobility.testimony.FileDownload;
import fr.faireess.mobility.testimony.Showcase;
import fr.faireess.mobility.testimony.TestimonyFiles;

/**
 * Serves testimony files. {@code /showcase/file?id=} (public): the file of a published testimony
 * only. {@code /student/testimony-file} and {@code /coordinator/testimony-file} (inside the areas
 * web.xml guards): for its authors and coordinators. {@code /coordinator/consent-form?id=}: a
 * consent's scanned form. Anything else — a draft, a guessed id — is a 404, like a missing one.
 */
@WebServlet(urlPatterns = {"/showcase/file", "/student/testimony-file", "/coordinator/testimony-file",
        "/coordinator/consent-form"})
public class TestimonyFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject private Showcase showcase;
    @Inject private TestimonyFiles testimonyFiles;
    @Inject private ConsentService consents;
    @Inject private CurrentUser currentUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Long> id = FileResponse.parseId(request.getParameter("id"));
        String path = request.getServletPath();
        Optional<FileDownload> file = id.flatMap(value -> switch (path) {
            case "/showcase/file" -> showcase.download(value);
            case "/coordinator/consent-form" -> currentUser.account().flatMap(viewer -> consents.signedForm(value, viewer));
            default -> currentUser.account().flatMap(viewer -> testimonyFiles.download(value, viewer));
        });
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        FileResponse.send(response, file.get().contentType(), file.get().fileName(), file.get().content(),
                FileResponse.PRIVATE);   // public files too: a withdrawn consent unpublishes at once
    }
}
