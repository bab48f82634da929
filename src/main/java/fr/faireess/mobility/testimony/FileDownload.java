package fr.faireess.mobility.testimony;

/** A file's name, type and bytes, for the download servlet. */
public record FileDownload(String fileName, String contentType, byte[] content) {
}
