package fr.faireess.mobility.placement;

/** A scanned PDF chosen in a form (signed agreement, certificate). */
public record Scan(String fileName, byte[] content) {

    public boolean isPresent() {
        return content != null && content.length > 0;
    }
}
