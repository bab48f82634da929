package fr.faireess.mobility.platform.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.logging.Logger;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Whether a posted multipart body can be read. The container parses it the first time anyone asks for
 * a parameter; a broken body (cut short, no boundary) then throws from inside Faces, which would log
 * it as a server error and show the 500 page. Reading it here first turns it into the client's error
 * it is (a 400), logged as such.
 */
final class FormBody {

    private static final Logger LOG = Logger.getLogger(FormBody.class.getName());

    private FormBody() {
    }

    static boolean readable(HttpServletRequest request) {
        String type = request.getContentType();
        if (!"POST".equals(request.getMethod()) || type == null
                || !type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            return true;
        }
        try {
            if (request.getCharacterEncoding() == null) {
                // What Faces would choose before reading the fields (the pages are UTF-8); once the
                // body is parsed the encoding can no longer change.
                request.setCharacterEncoding(StandardCharsets.UTF_8.name());
            }
            request.getParameterMap();
            return true;
        } catch (RuntimeException | java.io.UnsupportedEncodingException e) {
            LOG.info(() -> "Unreadable multipart body refused (400) on " + request.getRequestURI() + ": " + e
                    + (e.getCause() == null ? "" : " / " + e.getCause()));
            return false;
        }
    }
}
