package fr.faireess.mobility.platform.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Whether bytes are a whole PNG or JPEG image, not merely a file that starts like one: the image's
 * header must be readable (a width and a height) and the file must end where the image ends (PNG's
 * {@code IEND} chunk, JPEG's end-of-image marker). Magic bytes followed by a script, or an image with
 * something appended, are refused. Header-level only, so a 20 MB photo is not decoded to check it.
 */
public final class ImageCheck {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] PNG_END = {0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xAE, 0x42, 0x60, (byte) 0x82};

    private ImageCheck() {
    }

    public static boolean isPng(byte[] content) {
        return content != null && content.length > PNG_SIGNATURE.length + PNG_END.length
                && startsWith(content, PNG_SIGNATURE) && endsWith(content, PNG_END) && readable(content, "png");
    }

    public static boolean isJpeg(byte[] content) {
        return content != null && content.length > 4
                && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xD8 && (content[2] & 0xFF) == 0xFF
                && (content[content.length - 2] & 0xFF) == 0xFF && (content[content.length - 1] & 0xFF) == 0xD9
                && readable(content, "jpeg");
    }

    private static boolean readable(byte[] content, String format) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
        if (!readers.hasNext()) {
            return false;
        }
        ImageReader reader = readers.next();
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            reader.setInput(input, true, true);
            return reader.getWidth(0) > 0 && reader.getHeight(0) > 0;
        } catch (IOException | RuntimeException e) {
            return false;
        } finally {
            reader.dispose();
        }
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsWith(byte[] content, byte[] suffix) {
        int offset = content.length - suffix.length;
        for (int i = 0; i < suffix.length; i++) {
            if (content[offset + i] != suffix[i]) {
                return false;
            }
        }
        return true;
    }
}
