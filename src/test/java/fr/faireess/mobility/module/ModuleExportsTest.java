package fr.faireess.mobility.module;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import fr.faireess.mobility.platform.i18n.Messages;

class ModuleExportsTest {

    private static final Function<String, String> FRENCH = key -> Messages.text(Locale.FRENCH, key);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Décentration|Décentration",
            "a;b|\"a;b\"",
            "dit \"oui\"|\"dit \"\"oui\"\"\"",
            "=HYPERLINK(\"x\")|\"'=HYPERLINK(\"\"x\"\")\"",
    })
    void csvCellsAreQuotedAndFormulasDefused(String value, String cell) {
        assertThat(SessionExport.csvCell(value)).isEqualTo(cell);
    }

    @Test
    void cellsThatASpreadsheetWouldReadAsAFormulaStartWithAnApostrophe() {
        assertThat(SessionExport.csvCell("+33 6")).isEqualTo("'+33 6");
        assertThat(SessionExport.csvCell("@cmd")).isEqualTo("'@cmd");
        assertThat(SessionExport.csvCell("-1")).isEqualTo("'-1");
    }

    @Test
    void theCsvHasAFrenchHeaderAndOneLinePerSessionWithItsGuests() {
        byte[] csv = new SessionExport(FRENCH, Locale.FRENCH).csv(List.of(Fixtures.session("Regards croisés ; Catalogne")));
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFDate;Heure;Campus;Cohortes;Titre / thème;");
        String[] lines = text.split("\r\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[1]).startsWith("17/11/2026;14:00;IRTS Perpignan;ASS-1;\"Regards croisés ; Catalogne\";")
                .contains("Núria Vilaseca (Espagne, Universitat de Girona, Formateur·rice)")
                .contains("Marta Puig;À relever;https://moodle.example.org/x");
    }

    @Test
    void theSpreadsheetHasTheSameCells() throws Exception {
        byte[] xlsx = new SessionExport(FRENCH, Locale.ENGLISH).xlsx(List.of(Fixtures.session("Regards croisés")));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet("Séances");
            assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("Titre / thème");
            assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo("Regards croisés");
            assertThat(sheet.getRow(1).getCell(7).getStringCellValue()).contains("Spain");
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
        }
    }

    @Test
    void theSignInSheetListsEveryStudentWithARowToSign() throws Exception {
        List<AttendanceRow> students = List.of(
                new AttendanceRow(1, "Vidal", "Léa", "ASS-1", null),
                new AttendanceRow(2, "Pons", "Hugo", "ES-1", AttendanceStatus.PRESENT));
        byte[] pdf = new SignInSheet(FRENCH).pdf(Fixtures.session("Regards croisés"), students);
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        PdfReader reader = new PdfReader(pdf);
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        reader.close();
        assertThat(text).contains("Feuille d'émargement").contains("Regards croisés").contains("17/11/2026 14:00")
                .contains("VIDAL").contains("Léa").contains("PONS").contains("Signature").contains("Marta Puig");
    }

    @Test
    void namesFromPartnerCountriesPrintAsWritten() throws Exception {
        // Romanian, Turkish, Polish and Arabic letters: outside Helvetica's Western European encoding.
        List<AttendanceRow> students = List.of(
                new AttendanceRow(1, "Ţepeş", "Ştefan", "ASS-1", null),
                new AttendanceRow(2, "Kılıç", "Łucja", "ASS-1", null),
                new AttendanceRow(3, "Benali", "نادية", "ASS-1", null));
        byte[] pdf = new SignInSheet(FRENCH).pdf(Fixtures.session("Atelier à Iaşi"), students);
        PdfReader reader = new PdfReader(pdf);
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        reader.close();
        assertThat(text).contains("Atelier à Iaşi").contains("ŢEPEŞ").contains("Ştefan").contains("KILIÇ").contains("Łucja");
    }
}
