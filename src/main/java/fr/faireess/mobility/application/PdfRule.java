package fr.faireess.mobility.application;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Whether uploaded bytes are a PDF we accept, judged by content, never by the file name: a PDF
 * starts with the {@code %PDF-} header (within its first kilobyte, as readers tolerate) and carries
 * an {@code %%EOF} marker near its end.
 */
public final class PdfRule {

    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private PdfRule() {
    }

    /** A bundle key explaining why the file is refused, or empty. */
    public static Optional<String> refusal(byte[] content) {
        if (content == null || content.length == 0) {
            return Optional.of("application.document.empty");
        }
        if (content.length > MAX_BYTES) {
            return Optional.of("application.document.tooLarge");
        }
        if (!startsWithHeader(content) || !endsWithEof(content)) {
            return Optional.of("application.document.notPdf");
        }
        return Optional.empty();
    }

    private static boolean startsWithHeader(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, 1024), StandardCharsets.ISO_8859_1);
        return head.contains("%PDF-");
    }

    private static boolean endsWithEof(byte[] content) {
        int from = Math.max(0, content.length - 2048);
        String tail = new String(content, from, content.length - from, StandardCharsets.ISO_8859_1);
        return tail.contains("%%EOF");
    }
}
