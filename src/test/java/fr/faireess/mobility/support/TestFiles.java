package fr.faireess.mobility.support;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Files for upload tests, built in memory. Part of every Arquillian deployment (see Deployments). */
public final class TestFiles {

    private TestFiles() {
    }

    /** A file of exactly {@code size} bytes that content checks accept as a PDF (header and end marker). */
    public static byte[] pdf(int size) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) ' ');
        byte[] head = "%PDF-1.4\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] tail = "\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(head, 0, bytes, 0, head.length);
        System.arraycopy(tail, 0, bytes, size - tail.length, tail.length);
        return bytes;
    }
}
