package fr.faireess.mobility.application;

/** A document's name and bytes, for the download servlet. */
public record DocumentDownload(String fileName, byte[] content) {
}
