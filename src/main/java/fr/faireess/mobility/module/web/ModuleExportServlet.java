package fr.faireess.mobility.module.web;

import java.io.IOException;
import java.util.Locale;
import java.util.function.Function;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import fr.faireess.mobility.identity.CurrentUser;
import fr.faireess.mobility.module.ModuleSession;
import fr.faireess.mobility.module.ModuleSessionService;
import fr.faireess.mobility.module.SessionCriteria;
import fr.faireess.mobility.module.SessionExport;
import fr.faireess.mobility.module.SignInSheet;
import fr.faireess.mobility.platform.i18n.LanguageBean;
import fr.faireess.mobility.platform.i18n.Messages;
import fr.faireess.mobility.platform.text.Texts;

/**
 * Downloads of the module, inside the module's area (web.xml lets in trainers and administrators):
 * {@code sessions.csv} and {@code sessions.xlsx} with the session list's filters, and
 * {@code signin-sheet.pdf?session=…}, the printable attendance sheet of one session.
 */
@WebServlet("/trainer/module/export/*")
public class ModuleExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject private ModuleSessionService sessions;
    @Inject private CurrentUser currentUser;
    @Inject private LanguageBean language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = language.getLocale();
        Function<String, String> text = key -> Messages.text(locale, key);
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        switch (path) {
            case "/sessions.csv" -> send(response, "text/csv; charset=UTF-8", "seances-module.csv",
                    new SessionExport(text, locale).csv(sessions.all(criteria(request), currentUser.get())));
            case "/sessions.xlsx" -> send(response, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    "seances-module.xlsx", new SessionExport(text, locale).xlsx(sessions.all(criteria(request), currentUser.get())));
            case "/signin-sheet.pdf" -> {
                ModuleSession session = sessionOf(request);
                if (session == null) {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                    return;
                }
                send(response, "application/pdf", "emargement-" + session.getId() + ".pdf",
                        new SignInSheet(text).pdf(session, sessions.attendanceGrid(session.getId(), currentUser.get())));
            }
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private SessionCriteria criteria(HttpServletRequest request) {
        String year = request.getParameter("year");
        String campus = request.getParameter("campus");
        boolean mine = "true".equals(request.getParameter("mine"));
        boolean toRecord = "true".equals(request.getParameter("toRecord"));
        return new SessionCriteria(Texts.blankToNull(year), Texts.blankToNull(campus), mine ? currentUser.get().getId() : null,
                toRecord ? sessions.now() : null);
    }

    private ModuleSession sessionOf(HttpServletRequest request) {
        try {
            return sessions.find(Long.parseLong(request.getParameter("session")), currentUser.get()).orElse(null);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void send(HttpServletResponse response, String type, String fileName, byte[] body) throws IOException {
        response.setContentType(type);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
