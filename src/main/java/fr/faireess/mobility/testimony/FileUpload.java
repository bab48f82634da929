package fr.faireess.mobility.testimony;

/** A file chosen in a form: its name as sent by the browser, and its bytes. */
public record FileUpload(String fileName, byte[] content) {

    public boolean isEmpty() {
        return content == null || content.length == 0;
    }
}
