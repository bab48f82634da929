package fr.faireess.mobility.testimony;

import java.time.Instant;

/** A stored file's metadata, for pages (never its bytes). */
public record FileInfo(long id, String fileName, String contentType, int sizeBytes, Instant uploadedAt) {

    public boolean isImage() {
        return contentType.startsWith("image/");
    }
}
