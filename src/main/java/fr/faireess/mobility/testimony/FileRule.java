package fr.faireess.mobility.testimony;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import fr.faireess.mobility.platform.files.ImageCheck;

/**
 * Files attached to testimonies and consent forms: PDF, JPEG or PNG, recognised by their content
 * (magic bytes; images read as whole images, ImageCheck), never by name or declared type, and at most {@link #MAX_BYTES}.
 */
public final class FileRule {

    public static final int MAX_MEGABYTES = 20;
    public static final int MAX_BYTES = MAX_MEGABYTES * 1024 * 1024;

    /** The kinds accepted, with the content type they are served with. */
    public enum Kind {
        PDF("application/pdf", ".pdf"), JPEG("image/jpeg", ".jpg"), PNG("image/png", ".png");

        private final String contentType;
        private final String extension;

        Kind(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }

        public String contentType() { return contentType; }
        public String extension() { return extension; }

        public static Optional<Kind> ofContentType(String type) {
            for (Kind kind : values()) {
                if (kind.contentType.equals(type)) {
                    return Optional.of(kind);
                }
            }
            return Optional.empty();
        }
    }


    private FileRule() {
    }

    /** What the bytes are, if they are one of the accepted kinds. */
    public static Optional<Kind> detect(byte[] content) {
        if (content == null || content.length < 8) {
            return Optional.empty();
        }
        if (ImageCheck.isPng(content)) {
            return Optional.of(Kind.PNG);
        }
        if (ImageCheck.isJpeg(content)) {
            return Optional.of(Kind.JPEG);
        }
        if (isPdf(content)) {
            return Optional.of(Kind.PDF);
        }
        return Optional.empty();
    }

    /** A bundle key explaining why the file is refused (its argument: {@link #MAX_MEGABYTES}), or empty. */
    public static Optional<String> refusal(byte[] content) {
        if (content == null || content.length == 0) {
            return Optional.of("testimony.file.empty");
        }
        if (content.length > MAX_BYTES) {
            return Optional.of("testimony.file.tooLarge");
        }
        return detect(content).isPresent() ? Optional.empty() : Optional.of("testimony.file.wrongType");
    }

    /** A file name safe to store and send back, ending with the extension of what the content is. */
    public static String safeName(String name, Kind kind) {
        String base = name == null ? "" : name.replaceAll("[^\\p{L}\\p{N}._ -]", "_").strip();
        int dot = base.lastIndexOf('.');
        if (dot > 0) {
            base = base.substring(0, dot);
        }
        base = base.replaceAll("^[._ ]+", "");
        if (base.isEmpty()) {
            base = "fichier";
        }
        if (base.length() > 200) {
            base = base.substring(0, 200);
        }
        return base + kind.extension();
    }


    private static boolean isPdf(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, 1024), StandardCharsets.ISO_8859_1);
        int from = Math.max(0, content.length - 2048);
        String tail = new String(content, from, content.length - from, StandardCharsets.ISO_8859_1);
        return head.contains("%PDF-") && tail.contains("%%EOF");
    }
}
