package fr.faireess.mobility.module.web;

import java.io.IOException;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import fr.faireess.mobility.identity.CurrentUser;
import fr.faireess.mobility.module.MaterialDownload;
import fr.faireess.mobility.module.SessionMaterialService;
import fr.faireess.mobility.platform.web.FileResponse;

/**
 * {@code /module/material?id=…}: a session's file. One address for every reader (trainers, students,
 * coordinators share the same link); web.xml lets in any logged-in person and the service decides —
 * staff, or a student of the session's cohorts. Anything else is a 404, like a file that does not exist.
 */
@WebServlet("/module/material")
public class ModuleMaterialServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject private SessionMaterialService materials;
    @Inject private CurrentUser currentUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<MaterialDownload> file = FileResponse.parseId(request.getParameter("id"))
                .flatMap(id -> currentUser.account().flatMap(viewer -> materials.download(id, viewer)));
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        FileResponse.send(response, file.get().contentType(), file.get().fileName(), file.get().content(),
                FileResponse.PRIVATE);
    }
}
