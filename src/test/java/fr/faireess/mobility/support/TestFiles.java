package fr.faireess.mobility.support;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import javax.imageio.ImageIO;

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

    /** A real 40×30 PNG image (uploads check images whole, not only their first bytes). */
    public static byte[] png() {
        return image("png");
    }

    /** A real 40×30 JPEG image. */
    public static byte[] jpeg() {
        return image("jpeg");
    }

    private static byte[] image(String format) {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(0x1d, 0x4e, 0x89));
        graphics.fillRect(0, 0, 40, 30);
        graphics.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
