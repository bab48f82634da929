package fr.faireess.mobility.testimony;

import static fr.faireess.mobility.support.TestFiles.jpeg;
import static fr.faireess.mobility.support.TestFiles.pdf;
import static fr.faireess.mobility.support.TestFiles.png;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class FileRuleTest {

    @Test
    void pdfJpegAndPngAreRecognisedByTheirContent() {
        assertThat(FileRule.detect(pdf(500))).contains(FileRule.Kind.PDF);
        assertThat(FileRule.detect(jpeg())).contains(FileRule.Kind.JPEG);
        assertThat(FileRule.detect(png())).contains(FileRule.Kind.PNG);
        assertThat(FileRule.refusal(png())).isEmpty();
    }

    @Test
    void aDisguisedFileIsRefusedWhateverItsName() {
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        byte[] exe = "MZ\u0090\u0000\u0003\u0000\u0000\u0000".getBytes(StandardCharsets.ISO_8859_1);
        byte[] pdfWithoutEnd = "%PDF-1.4\nno end marker here".getBytes(StandardCharsets.ISO_8859_1);
        byte[] gif = "GIF89a\u0001\u0000\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1);
        for (byte[] content : new byte[][] {html, exe, pdfWithoutEnd, gif, new byte[3]}) {
            assertThat(FileRule.refusal(content)).contains("testimony.file.wrongType");
        }
    }

    @Test
    void anImageIsAcceptedWholeNotForItsFirstBytes() {
        byte[] jpegMagicThenScript = concat(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0},
                "<script>alert(document.cookie)</script>".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xFF, (byte) 0xD9});
        byte[] pngMagicThenScript = concat(java.util.Arrays.copyOf(png(), 8), "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));
        byte[] imageThenScript = concat(png(), "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));
        byte[] truncated = java.util.Arrays.copyOf(jpeg(), jpeg().length - 10);
        for (byte[] content : new byte[][] {jpegMagicThenScript, pngMagicThenScript, imageThenScript, truncated}) {
            assertThat(FileRule.refusal(content)).contains("testimony.file.wrongType");
        }
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    @Test
    void anEmptyOrOversizeFileIsRefused() {
        assertThat(FileRule.refusal(new byte[0])).contains("testimony.file.empty");
        assertThat(FileRule.refusal(null)).contains("testimony.file.empty");
        assertThat(FileRule.refusal(pdf(FileRule.MAX_BYTES))).isEmpty();
        assertThat(FileRule.refusal(pdf(FileRule.MAX_BYTES + 1))).contains("testimony.file.tooLarge");
    }

    @Test
    void storedNamesAreSafeAndCarryTheExtensionOfTheContent() {
        assertThat(FileRule.safeName("reportage.png", FileRule.Kind.PNG)).isEqualTo("reportage.png");
        assertThat(FileRule.safeName("photo.pdf", FileRule.Kind.JPEG)).isEqualTo("photo.jpg");
        assertThat(FileRule.safeName("../../etc/passwd", FileRule.Kind.PDF)).doesNotContain("/").doesNotStartWith(".").endsWith(".pdf");
        assertThat(FileRule.safeName("<script>.pdf", FileRule.Kind.PDF)).isEqualTo("script_.pdf");
        assertThat(FileRule.safeName(null, FileRule.Kind.PNG)).isEqualTo("fichier.png");
        assertThat(FileRule.safeName("a".repeat(300) + ".pdf", FileRule.Kind.PDF)).hasSize(204);
    }
}
