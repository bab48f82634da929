package fr.faireess.mobility.application;

/** A file the student chose in the form, with the kind of document it is meant to be. */
public record Upload(DocumentKind kind, String fileName, byte[] content) {
}
