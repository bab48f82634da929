package fr.faireess.mobility.module;

/** A file chosen on the session page: its name as the browser sent it, and its bytes. */
public record MaterialUpload(String fileName, byte[] content) {

    public boolean isEmpty() {
        return content == null || content.length == 0;
    }
}
