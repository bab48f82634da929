package fr.faireess.mobility.testimony;

import java.util.Optional;

import fr.faireess.mobility.platform.files.ContentSniffer;
import fr.faireess.mobility.platform.files.FileType;
import fr.faireess.mobility.platform.files.SafeFileName;

/**
 * Files attached to testimonies and consent forms: PDF, JPEG or PNG, recognised by their content
 * ({@link ContentSniffer}), never by name or declared type, and at most {@link #MAX_BYTES}.
 */
public final class FileRule {

    public static final int MAX_MEGABYTES = 20;
    public static final int MAX_BYTES = MAX_MEGABYTES * 1024 * 1024;

    /** The kinds accepted, with the content type they are served with. */
    public enum Kind {
        PDF(FileType.PDF), JPEG(FileType.JPEG), PNG(FileType.PNG);

        private final FileType type;

        Kind(FileType type) {
            this.type = type;
        }

        public String contentType() { return type.contentType(); }
        public String extension() { return type.extension(); }

        /** The accepted kind of this file type, if testimonies accept it. */
        static Optional<Kind> of(FileType type) {
            for (Kind kind : values()) {
                if (kind.type == type) {
                    return Optional.of(kind);
                }
            }
            return Optional.empty();
        }

        public static Optional<Kind> ofContentType(String type) {
            for (Kind kind : values()) {
                if (kind.contentType().equals(type)) {
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
        return ContentSniffer.sniff(content).flatMap(Kind::of);
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
        return SafeFileName.of(name, kind.extension(), "fichier");
    }

}
