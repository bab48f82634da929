package fr.faireess.mobility.platform.api;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * Bodies of API calls are small (a host, a session's marks, a cohort of at most 500 students): one
 * over {@link #MAX_BYTES} gets a 413 — by its {@code Content-Length} when it says, else when the stream
 * passes the limit while JSON-B reads it. The rest of such a body is read and dropped (up to
 * {@link #DRAIN_BYTES}) before answering: a client still sending would otherwise never read the answer.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class BodyLimitFilter implements ContainerRequestFilter {

    public static final int MAX_BYTES = 1024 * 1024;
    /** Beyond this, the body is not even drained: the container closes the connection after the answer. */
    static final long DRAIN_BYTES = 16L * MAX_BYTES;
    private static final String EXCEEDED = BodyLimitFilter.class.getName() + ".exceeded";

    @Context
    private HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        if (context.getLength() > MAX_BYTES) {
            if (context.getLength() <= DRAIN_BYTES) {
                drain(context.getEntityStream());
            }
            context.abortWith(Problems.response(413, ApiLanguage.of(acceptable(context)), request.getRequestURI(),
                    "api.bodyTooLarge", MAX_BYTES / 1024));
            return;
        }
        if (context.hasEntity()) {
            context.setEntityStream(new Limited(context.getEntityStream(), request));
        }
    }

    private static void drain(InputStream in) {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try {
            for (int n = in.read(buffer); n >= 0 && total <= DRAIN_BYTES; n = in.read(buffer)) {
                total += n;
            }
        } catch (IOException gone) {
            // The client stopped sending: nothing left to drop.
        }
    }

    private static java.util.List<Locale> acceptable(ContainerRequestContext context) {
        try {
            return context.getAcceptableLanguages();
        } catch (RuntimeException malformed) {
            return java.util.List.of();
        }
    }

    /** Whether this request's body went past the limit (the error mapper then answers 413). */
    static boolean exceeded(HttpServletRequest request) {
        return request != null && Boolean.TRUE.equals(request.getAttribute(EXCEEDED));
    }

    private static final class Limited extends FilterInputStream {

        private final HttpServletRequest request;
        private long read;

        Limited(InputStream in, HttpServletRequest request) {
            super(in);
            this.request = request;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > MAX_BYTES) {
                request.setAttribute(EXCEEDED, Boolean.TRUE);
                drain(in);
                throw new IOException("Body over " + MAX_BYTES + " bytes");
            }
        }
    }
}
