package fr.faireess.mobility.application;

import java.time.Instant;

/** What lists show of a document: never its content. */
public record DocumentInfo(Long id, DocumentKind kind, String fileName, int sizeBytes, Instant uploadedAt) {
}
