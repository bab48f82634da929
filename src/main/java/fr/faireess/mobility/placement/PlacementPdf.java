package fr.faireess.mobility.placement;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import fr.faireess.mobility.platform.config.SchoolTime;
import fr.faireess.mobility.platform.i18n.Messages;
import fr.faireess.mobility.platform.pdf.PdfFonts;

/**
 * The placement's PDF documents: one version of the Learning Agreement for Traineeships (the EU
 * template, English and French), and the data sheet of the French "convention de stage" (French
 * only: an official document of French schools).
 */
public final class PlacementPdf {

    private static final Locale FR = Locale.FRENCH;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final Font TITLE = PdfFonts.bold(15);
    private static final Font HEADING = PdfFonts.bold(11);
    private static final Font LABEL = PdfFonts.bold(9);
    private static final Font TEXT = PdfFonts.regular(9);

    private PlacementPdf() {
    }

    /**
     * One version of the Learning Agreement for Traineeships, as the EU template lays it out, in
     * French with the host's language under it ({@link AgreementLanguages}, {@link LearningAgreementPdf}).
     *
     * @param previous the version this one amends, or null for the first
     */
    public static byte[] agreement(Placement placement, LearningAgreement agreement, LearningAgreement previous,
                                   Instant generatedAt) {
        return agreement(placement, agreement, previous, AgreementLanguages.second(placement.getMentor()), generatedAt);
    }

    /** The same with {@code other} under the French. */
    public static byte[] agreement(Placement placement, LearningAgreement agreement, LearningAgreement previous,
                                   Locale other, Instant generatedAt) {
        return LearningAgreementPdf.write(placement, agreement, previous, other, generatedAt);
    }

    public static byte[] convention(Placement placement, LearningAgreement current, Instant generatedAt) {
        return build(document -> {
            document.add(new Paragraph(t("placement.pdf.conventionTitle"), TITLE));
            document.add(new Paragraph(t("placement.pdf.conventionNote"), TEXT));
            parties(document, placement);
            section(document, "placement.period");
            PdfPTable p = table();
            row(p, t("placement.plannedStart"), day(placement.getPlannedStart()));
            row(p, t("placement.plannedEnd"), day(placement.getPlannedEnd()));
            row(p, t("placement.hoursPerWeek"), String.valueOf(placement.getHoursPerWeek()));
            row(p, t("agreement.traineeshipTitle"), current.getTitle());
            row(p, t("agreement.programme"), current.getProgramme());
            row(p, t("agreement.financialSupport"), current.getFinancialSupport());
            row(p, t("agreement.inKindSupport"), current.getInKindSupport());
            row(p, t("agreement.accidentInsurance"), yesNo(current.isAccidentInsurance()));
            row(p, t("agreement.liabilityInsurance"), yesNo(current.isLiabilityInsurance()));
            row(p, t("placement.state"), t(placement.getState().labelKey()));
            document.add(p);
            footer(document, generatedAt);
        });
    }

    private static void parties(Document document, Placement placement) throws DocumentException {
        PdfPTable parties = table();
        row(parties, t("placement.student"), placement.getStudent().getFullName() + " - " + placement.getStudent().getEmail()
                + (placement.getStudent().getProgramme() == null ? "" : " - " + placement.getStudent().getProgramme().getCode()));
        row(parties, t("placement.pdf.school"), placement.getStudent().getCampus() == null ? "FAIRE-ESS"
                : placement.getStudent().getCampus().getName());
        row(parties, t("placement.referent"), placement.getReferent().getFullName() + " - " + placement.getReferent().getEmail());
        row(parties, t("placement.host"), placement.getHost().getName());
        row(parties, t("placement.pdf.address"), nz(placement.getHost().getAddress()) + " " + placement.getHost().getCity()
                + " (" + placement.getHost().getCountry().getCode() + ")");
        row(parties, t("placement.department"), placement.getDepartment());
        row(parties, t("placement.mentor"), placement.getMentor().getFullName() + " - " + nz(placement.getMentor().getEmail()));
        document.add(parties);
    }

    private interface Content {
        void write(Document document) throws DocumentException;
    }

    private static byte[] build(Content content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        PdfWriter.getInstance(document, out);
        document.open();
        try {
            content.write(document);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        document.close();
        return out.toByteArray();
    }

    private static void section(Document document, String key) throws DocumentException {
        Paragraph heading = new Paragraph(t(key), HEADING);
        heading.setSpacingBefore(10);
        heading.setSpacingAfter(4);
        document.add(heading);
    }

    private static void footer(Document document, Instant generatedAt) throws DocumentException {
        Paragraph footer = new Paragraph(t("placement.pdf.generated", moment(generatedAt)), TEXT);
        footer.setSpacingBefore(12);
        footer.setAlignment(Element.ALIGN_RIGHT);
        document.add(footer);
    }

    private static PdfPTable table() {
        PdfPTable table = new PdfPTable(new float[] {1.2f, 3f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        return table;
    }

    private static void row(PdfPTable table, String label, String value) {
        PdfPCell left = new PdfPCell(new Phrase(label, LABEL));
        left.setPadding(4);
        table.addCell(left);
        PdfPCell right = new PdfPCell(new Phrase(nz(value), TEXT));
        right.setPadding(4);
        table.addCell(right);
    }

    private static String yesNo(boolean value) {
        return t(value ? "agreement.yes" : "agreement.no");
    }

    private static String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    private static String moment(Instant instant) {
        return MOMENT.format(SchoolTime.toLocal(instant));
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }

    private static String t(String key, Object... args) {
        return Messages.text(FR, key, args);
    }
}
