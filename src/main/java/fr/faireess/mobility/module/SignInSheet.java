package fr.faireess.mobility.module;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import fr.faireess.mobility.platform.pdf.PdfFonts;

/**
 * The printable attendance sign-in sheet of a session (A4 PDF): what the session was, then one row
 * per student of its cohorts with an empty box to sign, header repeated on every page.
 */
public final class SignInSheet {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final Function<String, String> text;

    public SignInSheet(Function<String, String> text) {
        this.text = text;
    }

    public byte[] pdf(ModuleSession session, List<AttendanceRow> students) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        PdfWriter.getInstance(document, out);
        document.addTitle(text.apply("module.signin.title") + " — " + session.getTitle());
        document.open();
        Font title = PdfFonts.bold(16, new Color(0x13, 0x37, 0x61));
        Font normal = PdfFonts.regular(10);
        Font bold = PdfFonts.bold(10);
        document.add(new Paragraph(text.apply("module.signin.title"), title));
        document.add(new Paragraph(session.getTitle(), bold));
        document.add(new Paragraph(WHEN.format(session.getStartsAt()) + " — " + session.getCampus().getName()
                + " — " + session.getCohortCodes(), normal));
        document.add(new Paragraph(text.apply("module.signin.trainer") + " " + session.getTrainer().getFullName(), normal));
        document.add(new Paragraph(" "));

        PdfPTable table = new PdfPTable(new float[] {1, 5, 5, 2, 6});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String key : List.of("module.signin.number", "module.signin.lastName", "module.signin.firstName",
                "module.signin.cohort", "module.signin.signature")) {
            PdfPCell cell = new PdfPCell(new Phrase(text.apply(key), bold));
            cell.setBackgroundColor(new Color(0xE8, 0xF0, 0xFB));
            cell.setPadding(5);
            table.addCell(cell);
        }
        int n = 1;
        for (AttendanceRow row : students) {
            for (String value : List.of(String.valueOf(n++), row.getLastName().toUpperCase(java.util.Locale.FRENCH),
                    row.getFirstName(), row.getCohort(), "")) {
                PdfPCell cell = new PdfPCell(new Phrase(value, normal));
                cell.setMinimumHeight(24);
                cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
                cell.setPadding(4);
                table.addCell(cell);
            }
        }
        document.add(table);
        document.close();
        return out.toByteArray();
    }
}
