package fr.faireess.mobility.application;

import java.util.Optional;

import fr.faireess.mobility.platform.files.ContentSniffer;

/**
 * Whether uploaded bytes are a PDF we accept (at most {@link #MAX_BYTES}), judged by content, never
 * by the file name ({@link ContentSniffer#isPdf}).
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
        if (!ContentSniffer.isPdf(content)) {
            return Optional.of("application.document.notPdf");
        }
        return Optional.empty();
    }

}
