package fr.faireess.mobility.platform.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

/**
 * How every download servlet answers: the file as an attachment under its own name (RFC 5987
 * encoding, so accents survive), never cached by shared caches unless the file is public, and
 * request ids that do not parse treated like ids that do not exist.
 */
public final class FileResponse {

    /** For personal files: kept by no cache at all. */
    public static final String PRIVATE = "private, no-store";

    private FileResponse() {
    }

    public static void send(HttpServletResponse response, String contentType, String fileName, byte[] content,
            String cacheControl) throws IOException {
        attachment(response, contentType, fileName, cacheControl);
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }

    /** The headers of {@link #send} without the length: for a file streamed as it is written. */
    public static void attachment(HttpServletResponse response, String contentType, String fileName,
            String cacheControl) {
        response.setContentType(contentType);
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader("Cache-Control", cacheControl);
    }

    /** The id in a request parameter, or nothing when it is missing or not a number. */
    public static Optional<Long> parseId(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
