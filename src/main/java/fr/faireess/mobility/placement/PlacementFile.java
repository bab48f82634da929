package fr.faireess.mobility.placement;

/** A document to download: its file name and bytes. */
public record PlacementFile(String fileName, byte[] content) {
}
