package fr.faireess.mobility.platform.web;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Whether a posted form can be read. The container parses a form body the first time anyone asks
 * for a parameter; a body it cannot read (a multipart body cut short or without its boundary, a body
 * over the listener's size limit) then throws from inside Faces, which would log it as a server error
 * and show the 500 page. Reading it here first turns it into the client's error it is (a 400, or a
 * 413 for a body too large), logged as such.
 */
final class FormBody {

    private static final Logger LOG = Logger.getLogger(FormBody.class.getName());

    private FormBody() {
    }

    /** 0 if the request can go on, else the status to answer with. */
    static int refusal(HttpServletRequest request) {
        if (!"POST".equals(request.getMethod()) || request.getContentType() == null) {
            return 0;
        }
        try {
            if (request.getCharacterEncoding() == null) {
                // What Faces would choose before reading the fields (the pages are UTF-8); once the
                // body is parsed the encoding can no longer change.
                request.setCharacterEncoding(StandardCharsets.UTF_8.name());
            }
            request.getParameterMap();
            return 0;
        } catch (RuntimeException | UnsupportedEncodingException e) {
            int status = String.valueOf(e.getMessage()).contains("too large")
                    ? HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE : HttpServletResponse.SC_BAD_REQUEST;
            LOG.info(() -> "Unreadable form body refused (" + status + ") on " + request.getRequestURI() + ": " + e
                    + (e.getCause() == null ? "" : " / " + e.getCause()));
            return status;
        }
    }
}
