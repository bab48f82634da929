package fr.faireess.mobility.platform.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;

/**
 * The fonts of every generated PDF: DejaVu Sans, embedded (subset) with Unicode encoding, so that
 * the names of people and places of partner countries print as written ("Iaşi", "Ştefan",
 * "Ağadir", "Łódź"), which Helvetica with its Western European encoding cannot do. Loaded once.
 */
public final class PdfFonts {

    private static final String DIR = "/net/sf/jasperreports/fonts/dejavu/";
    private static final BaseFont REGULAR = load("DejaVuSans.ttf");
    private static final BaseFont BOLD = load("DejaVuSans-Bold.ttf");

    private PdfFonts() {
    }

    public static Font regular(float size) {
        return new Font(REGULAR, size);
    }

    public static Font regular(float size, Color color) {
        return new Font(REGULAR, size, Font.NORMAL, color);
    }

    public static Font bold(float size) {
        return new Font(BOLD, size);
    }

    public static Font bold(float size, Color color) {
        return new Font(BOLD, size, Font.NORMAL, color);
    }

    private static BaseFont load(String file) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("Font " + file + " missing from the classpath (jasperreports-fonts)");
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
