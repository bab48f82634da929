package fr.faireess.mobility.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Files on disk for a browser to upload, under the test run's work folder ({@code it.work.dir}/uploads). */
public final class UploadFiles {

    private static final String SMALL_PDF = "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";

    private UploadFiles() {
    }

    /** Writes {@code content} to a file named {@code name}; returns its absolute path. */
    public static Path write(String name, byte[] content) {
        try {
            Path dir = Files.createDirectories(Path.of(System.getProperty("it.work.dir", "target/it"), "uploads"));
            return Files.write(dir.resolve(name), content).toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file holding {@code content} in ISO-8859-1 (one byte per character, as file signatures are written). */
    public static Path text(String name, String content) {
        return write(name, content.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** A small file that content checks accept as a PDF. */
    public static Path pdf(String name) {
        return text(name, SMALL_PDF);
    }
}
