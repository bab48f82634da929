package fr.faireess.mobility.placement;

import java.awt.Color;
import java.util.Locale;
import java.util.function.Function;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

import fr.faireess.mobility.platform.i18n.Messages;
import fr.faireess.mobility.platform.pdf.PdfFonts;

/**
 * Writes a document in two languages as the EU's bilingual templates do: every heading and label in
 * the first language ({@link AgreementLanguages#FIRST}, French), the other language (the host's,
 * {@link AgreementLanguages#second}) under it in grey; values that come from codes in both
 * languages ({@link AgreementWords#bilingual}). A row whose value says nothing is left out, so an
 * optional field never leaves a bare label behind.
 */
final class BilingualSheet {

    private static final Color GREY = new Color(0x55, 0x55, 0x55);
    private static final Font TITLE = PdfFonts.bold(15);
    private static final Font TITLE_OTHER = PdfFonts.regular(12, GREY);
    private static final Font PART = PdfFonts.bold(12, new Color(0x13, 0x37, 0x61));
    private static final Font HEADING = PdfFonts.bold(10);
    private static final Font HEADING_OTHER = PdfFonts.regular(9, GREY);
    private static final Font LABEL = PdfFonts.bold(8);
    private static final Font LABEL_OTHER = PdfFonts.regular(7.5f, GREY);
    private static final Font TEXT = PdfFonts.regular(8.5f);
    private static final Font TEXT_OTHER = PdfFonts.regular(8, GREY);

    private final Document document;
    private final Locale other;

    BilingualSheet(Document document, Locale other) {
        this.document = document;
        this.other = other;
    }

    String first(String key, Object... args) {
        return Messages.text(AgreementLanguages.FIRST, key, args);
    }

    String other(String key, Object... args) {
        return Messages.text(other, key, args);
    }

    /** The same key in both languages, one after the other (once when they read the same). */
    String both(String key, Object... args) {
        return AgreementWords.bilingual(first(key, args), other(key, args));
    }

    /** The same key in both languages, its arguments written in each language too. */
    String bothWith(String key, Function<Locale, Object[]> args) {
        return AgreementWords.bilingual(first(key, args.apply(AgreementLanguages.FIRST)), other(key, args.apply(other)));
    }

    /** A value built by {@code words} in each language. */
    String both(Function<Locale, String> words) {
        return AgreementWords.bilingual(words.apply(AgreementLanguages.FIRST), words.apply(other));
    }

    void title(String key, Object... args) throws DocumentException {
        document.add(new Paragraph(first(key, args), TITLE));
        document.add(new Paragraph(other(key, args), TITLE_OTHER));
    }

    /** A part of the template ("Before the mobility"). */
    void part(String key) throws DocumentException {
        Paragraph part = new Paragraph();
        part.add(new Chunk(first(key), PART));
        part.add(new Chunk("  " + other(key), HEADING_OTHER));
        part.setSpacingBefore(12);
        document.add(part);
    }

    /** A section or table heading, the first language then the other under it. */
    void heading(String key) throws DocumentException {
        Paragraph heading = new Paragraph(first(key), HEADING);
        heading.setSpacingBefore(8);
        document.add(heading);
        Paragraph second = new Paragraph(other(key), HEADING_OTHER);
        second.setSpacingAfter(3);
        document.add(second);
    }

    /** A text of the template (a commitment), the first language then the other. */
    void paragraph(String key, Object... args) throws DocumentException {
        Paragraph first = new Paragraph(first(key, args), TEXT);
        first.setSpacingBefore(4);
        document.add(first);
        document.add(new Paragraph(other(key, args), TEXT_OTHER));
    }

    PdfPTable table() {
        PdfPTable table = new PdfPTable(new float[] {1.4f, 3f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(2);
        return table;
    }

    /** A row labelled in both languages; left out when {@code value} says nothing. */
    void row(PdfPTable table, String labelKey, String value) {
        if (!AgreementWords.present(value)) {
            return;
        }
        table.addCell(labelCell(first(labelKey), other(labelKey)));
        PdfPCell right = new PdfPCell(new Phrase(value.strip(), TEXT));
        right.setPadding(3);
        table.addCell(right);
    }

    /** A table with one column per heading, for the signatures. */
    PdfPTable grid(String... headingKeys) {
        PdfPTable grid = new PdfPTable(headingKeys.length);
        grid.setWidthPercentage(100);
        grid.setSpacingBefore(4);
        for (String key : headingKeys) {
            grid.addCell(labelCell(first(key), other(key)));
        }
        return grid;
    }

    void cell(PdfPTable grid, String value) {
        PdfPCell cell = new PdfPCell(new Phrase(AgreementWords.present(value) ? value.strip() : "", TEXT));
        cell.setPadding(3);
        grid.addCell(cell);
    }

    void add(PdfPTable table) throws DocumentException {
        document.add(table);
    }

    void note(String text) throws DocumentException {
        Paragraph note = new Paragraph(text, TEXT_OTHER);
        note.setSpacingBefore(10);
        document.add(note);
    }

    private static PdfPCell labelCell(String first, String second) {
        Phrase label = new Phrase(first, LABEL);
        if (!first.equals(second)) {
            label.add(new Chunk("\n" + second, LABEL_OTHER));
        }
        PdfPCell cell = new PdfPCell(label);
        cell.setPadding(3);
        cell.setBackgroundColor(new Color(0xF2, 0xF4, 0xF8));
        return cell;
    }
}
