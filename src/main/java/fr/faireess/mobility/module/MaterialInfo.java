package fr.faireess.mobility.module;

import java.io.Serializable;
import java.time.Instant;

/** A session material's metadata, for pages (never its bytes). */
public record MaterialInfo(long id, long sessionId, String fileName, MaterialKind kind, int sizeBytes, Instant uploadedAt) implements Serializable {
}
