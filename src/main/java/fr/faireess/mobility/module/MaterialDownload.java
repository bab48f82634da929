package fr.faireess.mobility.module;

/** A material's name, type and bytes, for the download servlet. */
public record MaterialDownload(String fileName, String contentType, byte[] content) {
}
