package fr.faireess.mobility.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The review list's export without a container: columns, labels, wishes, CSV and XLSX cells. */
class ApplicationExportTest {

    private static final Map<String, String> COUNTRIES_FR = Map.of("MA", "Maroc", "ES", "Espagne");

    private static final ApplicationExport FRENCH = new ApplicationExport(Locale.FRENCH, COUNTRIES_FR::get);
    private static final ApplicationExport ENGLISH = new ApplicationExport(Locale.ENGLISH, code -> "Morocco");

    /** Submitted at 23:30 UTC on 20 November: already the 21st in Paris. */
    private static ApplicationExportRow lina(List<ApplicationExportRow.Wish> wishes) {
        return new ApplicationExportRow("Benkirane", "Lina", "lina.benkirane@etudiant.faire-ess.fr", "IRTS Perpignan", "ES",
                3, "Stages Erasmus+ 2026-2027 — appel principal", ApplicationStatus.WAITLISTED,
                Instant.parse("2026-11-20T23:30:00Z"), 72, true, wishes, LocalDate.of(2027, 2, 1),
                LocalDate.of(2027, 5, 31), "de", CefrLevel.C1);
    }

    private static final List<ApplicationExportRow.Wish> WISHES = List.of(
            new ApplicationExportRow.Wish("Kinder- und Jugendhilfe Kreuzberg", "Berlin", "DE"),
            new ApplicationExportRow.Wish(null, "Agadir", "MA"));

    @Test
    void theHeaderIsInTheReadersLanguage() {
        assertThat(FRENCH.header()).containsExactly("Nom", "Prénom", "Courriel", "Campus", "Formation", "Année d'études",
                "Appel", "État", "Déposée le", "Score", "Moins d'opportunités", "Vœu 1", "Vœu 2", "Vœu 3",
                "Début souhaité", "Fin souhaitée", "Durée (jours Erasmus+)", "Langue de travail", "Niveau CECRL");
        assertThat(ENGLISH.header()).startsWith("Last name", "First name", "E-mail").contains("Status", "Wish 1", "CEFR level");
        assertThat(FRENCH.sheetName()).isEqualTo("Candidatures");
    }

    @Test
    void aRowHoldsLabelsParisDaysWishesAndTheErasmusDuration() {
        List<Object> row = FRENCH.row(lina(WISHES));
        assertThat(row).hasSize(FRENCH.header().size());
        assertThat(row).containsExactly("Benkirane", "Lina", "lina.benkirane@etudiant.faire-ess.fr", "IRTS Perpignan", "ES",
                3, "Stages Erasmus+ 2026-2027 — appel principal", "Liste d'attente", LocalDate.of(2026, 11, 21), 72, "Oui",
                "Kinder- und Jugendhilfe Kreuzberg — Berlin", "Proposition libre : Maroc, Agadir", null,
                LocalDate.of(2027, 2, 1), LocalDate.of(2027, 5, 31), 120, "Allemand", "C1");

        List<Object> english = ENGLISH.row(lina(WISHES));
        assertThat(english.get(7)).isEqualTo("Waiting list");
        assertThat(english.get(10)).isEqualTo("Yes");
        assertThat(english.get(12)).isEqualTo("Own proposal: Morocco, Agadir");
        assertThat(english.get(17)).isEqualTo("German");
    }

    @Test
    void whatTheStudentLeftEmptyStaysEmpty() {
        ApplicationExportRow bare = new ApplicationExportRow("Rey", "Noah", "noah.rey@etudiant.faire-ess.fr", null, null, null,
                "Appel", ApplicationStatus.SUBMITTED, null, null, false,
                List.of(new ApplicationExportRow.Wish(null, null, "ES"), new ApplicationExportRow.Wish("Crèche", null, "BE")),
                LocalDate.of(2027, 5, 1), LocalDate.of(2027, 4, 1), null, null);
        List<Object> row = FRENCH.row(bare);
        assertThat(row.get(8)).isNull();
        assertThat(row.get(9)).isNull();
        assertThat(row.get(10)).isEqualTo("Non");
        assertThat(row.subList(11, 14)).containsExactly("Proposition libre : Espagne", "Crèche", null);
        assertThat(row.get(16)).as("no duration for an end before the start").isNull();
        assertThat(row.subList(17, 19)).containsOnlyNulls();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Pujol|Pujol",
            "Kreuzberg; Berlin|\"Kreuzberg; Berlin\"",
            "dit \"oui\"|\"dit \"\"oui\"\"\"",
            "=HYPERLINK(\"x\")|\"'=HYPERLINK(\"\"x\"\")\"",
    })
    void csvCellsAreQuotedAndFormulasDefused(String value, String cell) {
        assertThat(ExportTable.Csv.cell(value)).isEqualTo(cell);
    }

    @Test
    void cellsThatASpreadsheetWouldReadAsAFormulaStartWithAnApostropheButNumbersStayNumbers() {
        assertThat(ExportTable.Csv.cell("+33 6")).isEqualTo("'+33 6");
        assertThat(ExportTable.Csv.cell("@cmd")).isEqualTo("'@cmd");
        assertThat(ExportTable.Csv.cell(-1)).isEqualTo("-1");
        assertThat(ExportTable.Csv.cell(LocalDate.of(2027, 2, 1))).isEqualTo("01/02/2027");
        assertThat(ExportTable.Csv.cell(null)).isEmpty();
    }

    @Test
    void theCsvIsUtf8WithABomSemicolonsAndFrenchDates() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ExportTable table = ExportTable.csv(out)) {
            table.row(FRENCH.header());
            table.row(FRENCH.row(lina(WISHES)));
            table.finish();
        }
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFNom;Prénom;Courriel;Campus;Formation;Année d'études;Appel;État;Déposée le;");
        String[] lines = text.split("\r\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[1]).isEqualTo("Benkirane;Lina;lina.benkirane@etudiant.faire-ess.fr;IRTS Perpignan;ES;3;"
                + "Stages Erasmus+ 2026-2027 — appel principal;Liste d'attente;21/11/2026;72;Oui;"
                + "Kinder- und Jugendhilfe Kreuzberg — Berlin;Proposition libre : Maroc, Agadir;;01/02/2027;31/05/2027;120;"
                + "Allemand;C1");
    }

    @Test
    void theSpreadsheetHasTheSameCellsWithNumbersAndDatesAsSuch() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ExportTable table = ExportTable.xlsx(out, FRENCH.sheetName())) {
            table.row(FRENCH.header());
            for (int i = 0; i < 250; i++) {   // more than the 100 rows POI keeps in memory
                table.row(FRENCH.row(lina(WISHES)));
            }
            table.finish();
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheet("Candidatures");
            assertThat(sheet.getLastRowNum()).isEqualTo(250);
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Nom");
            assertThat(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            Row row = sheet.getRow(250);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("Benkirane");
            assertThat(row.getCell(9).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(9).getNumericCellValue()).isEqualTo(72);
            assertThat(row.getCell(8).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 21));
            assertThat(row.getCell(8).getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
            assertThat(row.getCell(12).getStringCellValue()).isEqualTo("Proposition libre : Maroc, Agadir");
            assertThat(row.getCell(13)).as("no third wish: an empty cell").satisfiesAnyOf(
                    c -> assertThat(c).isNull(), c -> assertThat(c.getCellType()).isEqualTo(CellType.BLANK));
        }
    }
}
