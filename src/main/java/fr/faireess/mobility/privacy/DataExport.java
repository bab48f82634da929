package fr.faireess.mobility.privacy;

/** A finished export: the ZIP's bytes and the name it downloads under. */
public record DataExport(String fileName, byte[] content) {
}
