package fr.faireess.mobility.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The BM template filled by header name: columns in the template's own order, sheets, header and note
 * rows kept, the template's date pattern and yes/no words, unknown columns left empty and listed; the
 * default layout read back; files that are no template refused.
 */
class BmTemplateTest {

    /** The template's header, shuffled against the dictionary's order, with a column the dictionary does not know. */
    private static final List<String> HEADER = List.of("Mobility activity ID", "Receiving country", "Comments of the NA",
            "Start Date", "Participant Last Name", "Long-term activity", "Data type", "Grant Agreement No.",
            "Participant Date of Birth", "Total Grant");

    private static final List<BmRow> ROWS = List.of(BmRows.row(BmRows.to(11, "GR", "Athens"), true),
            BmRows.row(BmRows.to(12, "GB", "Leeds"), true));

    private static byte[] write(BmLayout layout, List<BmRow> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (BmWriter writer = BmWriter.open(layout, out)) {
            for (BmRow row : rows) {
                writer.row(row);
            }
            writer.finish();
        }
        return out.toByteArray();
    }

    /** A BM-like workbook: a notes sheet first, then the mobilities with a title row, the header, a notes row, and a code list sheet. */
    private static byte[] xlsxTemplate() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Read me").createRow(0).createCell(0).setCellValue("Mobility import template");
            XSSFSheet sheet = workbook.createSheet("Mobility activities");
            sheet.createRow(0).createCell(0).setCellValue("KA131-HED student mobility");
            Row header = sheet.createRow(1);
            Row notes = sheet.createRow(2);
            for (int c = 0; c < HEADER.size(); c++) {
                header.createCell(c).setCellValue(HEADER.get(c) + (c == 0 ? "*" : ""));
            }
            notes.createCell(3).setCellValue("DD/MM/YYYY");
            notes.createCell(5).setCellValue("DICT");
            XSSFSheet lists = workbook.createSheet("Lists");
            lists.createRow(0).createCell(0).setCellValue("YES");
            lists.createRow(1).createCell(0).setCellValue("NO");
            XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
            sheet.addValidationData(helper.createValidation(helper.createFormulaListConstraint("Lists!$A$1:$A$2"),
                    new CellRangeAddressList(3, 1000, 5, 5)));
            workbook.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void anXlsxTemplateWithShuffledColumnsAndAnUnknownOneComesBackFilledInItsOwnOrder() throws Exception {
        BmLayout layout = BmTemplateReader.read(xlsxTemplate());
        assertThat(layout.format()).isEqualTo(BmLayout.Format.XLSX);
        assertThat(layout.sheet()).isEqualTo(1);
        assertThat(layout.headerRow()).isEqualTo(1);
        assertThat(layout.firstDataRow()).as("below the notes row").isEqualTo(3);
        assertThat(layout.unknownHeaders()).containsExactly("Comments of the NA");
        assertThat(layout.notHeldHeaders()).as("the birth date is held (the student enters it)").isEmpty();

        byte[] filled = write(layout, ROWS);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(filled))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
            assertThat(workbook.getSheetName(0)).isEqualTo("Read me");
            assertThat(workbook.getSheet("Lists").getRow(0).getCell(0).getStringCellValue()).isEqualTo("YES");
            Sheet sheet = workbook.getSheet("Mobility activities");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("KA131-HED student mobility");
            List<String> header = new ArrayList<>();
            sheet.getRow(1).forEach(cell -> header.add(cell.getStringCellValue()));
            assertThat(header.get(0)).isEqualTo("Mobility activity ID*");
            assertThat(header.subList(1, header.size())).isEqualTo(HEADER.subList(1, HEADER.size()));
            assertThat(sheet.getRow(2).getCell(3).getStringCellValue()).isEqualTo("DD/MM/YYYY");
            assertThat(sheet.getDataValidations()).as("the code list is kept").hasSize(1);
            assertThat(sheet.getLastRowNum()).isEqualTo(4);

            DataFormatter formatter = new DataFormatter();
            Row first = sheet.getRow(3);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("FE-2025-000011");
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("EL");
            assertThat(first.getCell(2)).as("unknown column left empty").isNull();
            assertThat(DateUtil.isCellDateFormatted(first.getCell(3))).isTrue();
            assertThat(formatter.formatCellValue(first.getCell(3))).as("the template's pattern").isEqualTo("02/03/2026");
            assertThat(first.getCell(4).getStringCellValue()).isEqualTo("Vidal-11");
            assertThat(first.getCell(5).getStringCellValue()).as("the list's words").isEqualTo("YES");
            assertThat(first.getCell(6).getStringCellValue()).isEqualTo("Mobility");
            assertThat(first.getCell(7).getStringCellValue()).isEqualTo("2025-1-FR01-KA131-HED-000099001");
            assertThat(first.getCell(8).getCellType()).as("birth date not held yet: blank, in the date format").isEqualTo(CellType.BLANK);
            assertThat(first.getCell(9).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(4).getCell(1).getStringCellValue()).isEqualTo("UK");
        }
    }

    @Test
    void aCsvTemplateKeepsItsLinesAboveItsSeparatorAndItsOrder() throws Exception {
        String template = "\uFEFFKA131 export\r\n" + String.join(",", HEADER) + "\r\n,,,DD-MM-YYYY\r\n";
        BmLayout layout = BmTemplateReader.read(template.getBytes(StandardCharsets.UTF_8));
        assertThat(layout.format()).isEqualTo(BmLayout.Format.CSV);
        assertThat(layout.separator()).isEqualTo(',');
        assertThat(layout.unknownHeaders()).containsExactly("Comments of the NA");

        String[] lines = new String(write(layout, ROWS), StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines).hasSize(5);
        assertThat(lines[0]).isEqualTo("\uFEFFKA131 export");
        assertThat(lines[1]).isEqualTo(String.join(",", HEADER));
        assertThat(lines[2]).isEqualTo(",,,DD-MM-YYYY");
        assertThat(lines[3]).isEqualTo("FE-2025-000011,EL,,02-03-2026,Vidal-11,Yes,Mobility,2025-1-FR01-KA131-HED-000099001,,"
                + BmField.MOBILITY_GRANT.valueOf(ROWS.get(0)));
        assertThat(lines[4]).startsWith("FE-2025-000012,UK,,");
    }

    @Test
    void theDefaultLayoutHasTheDictionarysFieldsAndReadsBack() throws Exception {
        BmRow emma = BmRows.row(BmRows.emma(), true);
        String csv = new String(write(BmLayout.defaultLayout(BmLayout.Format.CSV), List.of(emma)), StandardCharsets.UTF_8);
        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).isEqualTo("\uFEFF" + String.join(";", BmField.defaultHeader()));
        List<String> cells = BmCsv.split(lines[1], ';');
        assertThat(cells).hasSize(BmField.values().length);
        assertThat(cells.get(BmField.MOBILITY_ID.ordinal())).isEqualTo("FE-2025-000007");
        assertThat(cells.get(BmField.RECEIVING_NAME.ordinal())).isEqualTo("Centre Residencial d'Acció Educativa Montilivi");
        assertThat(cells.get(BmField.START_DATE.ordinal())).isEqualTo("02-03-2026");
        assertThat(cells.get(BmField.LONG_TERM.ordinal())).isEqualTo("Yes");
        assertThat(cells.get(BmField.MOBILITY_GRANT.ordinal())).isEqualTo("2810.00");
        assertThat(cells.get(BmField.NATIONALITY.ordinal())).isEmpty();

        byte[] xlsx = write(BmLayout.defaultLayout(BmLayout.Format.XLSX), List.of(emma));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (BmField field : BmField.values()) {
                assertThat(sheet.getRow(0).getCell(field.ordinal()).getStringCellValue()).isEqualTo(field.header());
            }
            Row row = sheet.getRow(1);
            assertThat(row.getCell(BmField.MOBILITY_ID.ordinal()).getStringCellValue()).isEqualTo("FE-2025-000007");
            assertThat(new DataFormatter().formatCellValue(row.getCell(BmField.END_DATE.ordinal()))).isEqualTo("29-05-2026");
            assertThat(row.getCell(BmField.FUNDED_DAYS.ordinal()).getNumericCellValue()).isEqualTo(90.0);
            assertThat(row.getCell(BmField.MOBILITY_GRANT.ordinal()).getNumericCellValue()).isEqualTo(2810.0);
            assertThat(row.getCell(BmField.GREEN_TRAVEL.ordinal()).getStringCellValue()).isEqualTo("Yes");
        }
        // An empty default layout is itself a template the reader understands (all of it known).
        assertThat(BmTemplateReader.read(write(BmLayout.defaultLayout(BmLayout.Format.XLSX), List.of())).unknownHeaders()).isEmpty();
        assertThat(BmTemplateReader.read(write(BmLayout.defaultLayout(BmLayout.Format.CSV), List.of())).columns())
                .hasSize(BmField.values().length);
    }

    @Test
    void aTemplateDownloadedInTheOtherFormatKeepsItsColumns() throws Exception {
        BmLayout xlsx = BmTemplateReader.read(xlsxTemplate()).as(BmLayout.Format.CSV);
        String[] lines = new String(write(xlsx, ROWS), StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines[0]).isEqualTo("\uFEFFMobility activity ID*;" + String.join(";", HEADER.subList(1, HEADER.size())));
        assertThat(lines[1]).startsWith("FE-2025-000011;EL;;02/03/2026;Vidal-11;YES;");
    }

    @Test
    void aFileThatIsNoTemplateIsRefused() {
        assertThatThrownBy(() -> BmTemplateReader.read(new byte[0])).hasMessage("report.template.empty");
        assertThatThrownBy(() -> BmTemplateReader.read(new byte[BmTemplateReader.MAX_BYTES + 1]))
                .hasMessage("report.template.tooLarge");
        assertThatThrownBy(() -> BmTemplateReader.read("%PDF-1.4\n\u0001\u0002".getBytes(StandardCharsets.ISO_8859_1)))
                .hasMessage("report.template.wrongType");
        assertThatThrownBy(() -> BmTemplateReader.read("name;city\r\nLéa;Perpignan\r\n".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("report.template.noHeader");
        assertThatThrownBy(() -> BmTemplateReader.read("PK\u0003\u0004 not a zip".getBytes(StandardCharsets.ISO_8859_1)))
                .hasMessage("report.template.wrongType");
        assertThatThrownBy(() -> BmTemplateReader.read(("Mobility activity ID;Start Date\r\n*;DD-MM-YYYY\r\n"
                + "EM-2025-0001;01-03-2026\r\n").getBytes(StandardCharsets.UTF_8)))
                .as("an export that already lists mobilities").hasMessage("report.template.notEmpty");
        assertThatThrownBy(() -> BmTemplateReader.read(write(BmLayout.defaultLayout(BmLayout.Format.XLSX),
                List.of(BmRows.row(BmRows.emma(), true))))).hasMessage("report.template.notEmpty");
        assertThatThrownBy(() -> BmTemplateReader.read(write(BmLayout.defaultLayout(BmLayout.Format.CSV),
                List.of(BmRows.row(BmRows.emma(), true))))).hasMessage("report.template.notEmpty");
        assertThat(BmTemplateService.safeName("C:\\Users\\x\\..\\export BM.xlsx", BmLayout.Format.CSV)).isEqualTo("export BM.csv");
    }
}
