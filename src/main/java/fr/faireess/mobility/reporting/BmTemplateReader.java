package fr.faireess.mobility.reporting;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import fr.faireess.mobility.module.MaterialFileRule;
import fr.faireess.mobility.module.MaterialKind;
import fr.faireess.mobility.reporting.BmLayout.Column;
import fr.faireess.mobility.reporting.BmLayout.Format;

/**
 * Reads an uploaded BM template (the empty export the BM gives for the project), XLSX or CSV told
 * apart by content, never by name: finds the sheet and the row that hold the header (the row of the
 * first sheets' first rows that names the most dictionary fields — the BM puts notes such as
 * mandatory marks and {@code DD-MM-YYYY} in the row below, which are kept), and for each column the
 * field it names, the date pattern its note shows and the yes/no words of its drop-down list.
 */
public final class BmTemplateReader {

    public static final int MAX_BYTES = 2 * 1024 * 1024;
    /** A header must name at least this many fields to be taken for the BM's. */
    static final int MIN_KNOWN = 2;
    private static final int ROWS_SEARCHED = 30;

    private BmTemplateReader() {
    }

    public static BmLayout read(byte[] content) throws BmTemplateException {
        if (content == null || content.length == 0) {
            throw new BmTemplateException("report.template.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new BmTemplateException("report.template.tooLarge");
        }
        if (content[0] == 'P' && content.length > 4 && content[1] == 'K') {
            if (MaterialFileRule.refusal(content).filter("module.material.macros"::equals).isPresent()
                    || MaterialFileRule.detect(content).filter(k -> k == MaterialKind.XLSX).isEmpty()) {
                throw new BmTemplateException("report.template.wrongType");
            }
            return xlsx(content);
        }
        return csv(content);
    }

    // ---------------------------------------------------------------- XLSX

    private static BmLayout xlsx(byte[] content) throws BmTemplateException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            int bestSheet = -1;
            int bestRow = -1;
            int bestCount = 0;
            for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
                Sheet sheet = workbook.getSheetAt(s);
                for (int r = sheet.getFirstRowNum(); r >= 0 && r <= Math.min(sheet.getLastRowNum(), ROWS_SEARCHED); r++) {
                    int count = known(texts(sheet.getRow(r)));
                    if (count > bestCount) {
                        bestSheet = s;
                        bestRow = r;
                        bestCount = count;
                    }
                }
            }
            if (bestCount < MIN_KNOWN) {
                throw new BmTemplateException("report.template.noHeader");
            }
            Sheet sheet = workbook.getSheetAt(bestSheet);
            List<String> headers = texts(sheet.getRow(bestRow));
            List<Column> columns = new ArrayList<>();
            for (int c = 0; c < headers.size(); c++) {
                BmField field = BmField.byHeader(headers.get(c)).orElse(null);
                columns.add(new Column(headers.get(c), field, datePattern(sheet, bestRow, c).orElse(null),
                        yesNo(workbook, sheet, bestRow, c).orElse(null)));
            }
            int idColumn = idColumn(columns);
            for (int r = bestRow + 1; idColumn >= 0 && r <= sheet.getLastRowNum(); r++) {
                requireNoMobility(texts(sheet.getRow(r)), idColumn);
            }
            return new BmLayout(Format.XLSX, content, bestSheet, bestRow, sheet.getLastRowNum() + 1, columns, ';', false, List.of());
        } catch (IOException | RuntimeException e) {
            // POI refuses a damaged or hostile archive (zip bomb, bad XML) with a runtime exception.
            throw new BmTemplateException("report.template.unreadable");
        }
    }

    /** A row's cells as text, every column up to its last (blank for an empty cell). */
    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        if (row == null) {
            return texts;
        }
        for (int c = 0; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            texts.add(cell != null && cell.getCellType() == CellType.STRING ? cell.getStringCellValue().strip() : "");
        }
        return texts;
    }

    private static int known(List<String> headers) {
        return (int) headers.stream().filter(h -> BmField.byHeader(h).isPresent()).distinct().count();
    }

    /** The date pattern a note below the header shows in column {@code c}, if any. */
    private static Optional<String> datePattern(Sheet sheet, int headerRow, int c) {
        for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            Cell cell = row == null ? null : row.getCell(c);
            if (cell != null && cell.getCellType() == CellType.STRING) {
                Optional<String> pattern = BmCodes.datePattern(cell.getStringCellValue());
                if (pattern.isPresent()) {
                    return pattern;
                }
            }
        }
        return Optional.empty();
    }

    /** The yes/no words of the drop-down list that covers column {@code c} below the header, if any. */
    private static Optional<BmCodes.YesNo> yesNo(XSSFWorkbook workbook, Sheet sheet, int headerRow, int c) {
        for (DataValidation validation : sheet.getDataValidations()) {
            boolean covers = false;
            for (CellRangeAddress range : validation.getRegions().getCellRangeAddresses()) {
                covers |= range.getFirstColumn() <= c && c <= range.getLastColumn() && range.getLastRow() > headerRow;
            }
            DataValidationConstraint constraint = validation.getValidationConstraint();
            if (!covers || constraint.getValidationType() != DataValidationConstraint.ValidationType.LIST) {
                continue;
            }
            List<String> values = constraint.getExplicitListValues() != null
                    ? List.of(constraint.getExplicitListValues())
                    : listValues(workbook, constraint.getFormula1());
            Optional<BmCodes.YesNo> style = BmCodes.YesNo.ofList(values.stream().map(v -> v.replace("\"", "")).toList());
            if (style.isPresent()) {
                return style;
            }
        }
        return Optional.empty();
    }

    /** The values of a list given as a range ({@code Lists!$A$1:$A$2}) or a defined name; empty if unreadable. */
    private static List<String> listValues(XSSFWorkbook workbook, String formula) {
        if (formula == null) {
            return List.of();
        }
        String reference = formula.startsWith("=") ? formula.substring(1) : formula;
        var name = workbook.getName(reference);
        if (name != null) {
            reference = name.getRefersToFormula();
        }
        List<String> values = new ArrayList<>();
        try {
            AreaReference area = new AreaReference(reference, workbook.getSpreadsheetVersion());
            for (CellReference ref : area.getAllReferencedCells()) {
                Sheet sheet = workbook.getSheet(ref.getSheetName());
                Row row = sheet == null ? null : sheet.getRow(ref.getRow());
                Cell cell = row == null ? null : row.getCell(ref.getCol());
                if (cell != null && cell.getCellType() == CellType.STRING) {
                    values.add(cell.getStringCellValue());
                }
            }
        } catch (IllegalArgumentException e) {
            return List.of();
        }
        return values;
    }

    private static int idColumn(List<Column> columns) {
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).field() == BmField.MOBILITY_ID) {
                return c;
            }
        }
        return -1;
    }

    /**
     * Refuses an export that already lists mobilities: the rows would be appended below them, twice
     * in the BM. The BM's notes under a header ({@code *}, {@code DICT}, {@code DD-MM-YYYY},
     * {@code TEXT(255)}) hold fewer than four digits; a mobility's ID holds more.
     */
    private static void requireNoMobility(List<String> cells, int idColumn) throws BmTemplateException {
        if (idColumn >= 0 && cells.size() > idColumn && cells.get(idColumn).chars().filter(Character::isDigit).count() >= 4) {
            throw new BmTemplateException("report.template.notEmpty");
        }
    }

    // ---------------------------------------------------------------- CSV

    private static BmLayout csv(byte[] content) throws BmTemplateException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            text = new String(content, StandardCharsets.ISO_8859_1); // the BM's CSV in a Western code page
        }
        if (text.chars().anyMatch(ch -> ch < 0x20 && ch != '\t' && ch != '\r' && ch != '\n')) {
            throw new BmTemplateException("report.template.wrongType");
        }
        boolean bom = text.startsWith("\uFEFF");
        List<String> lines = new ArrayList<>(List.of((bom ? text.substring(1) : text).split("\r?\n", -1)));
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
        }
        char bestSeparator = ';';
        int bestLine = -1;
        int bestCount = 0;
        for (int i = 0; i < Math.min(lines.size(), ROWS_SEARCHED); i++) {
            for (char separator : new char[] {';', ',', '\t'}) {
                int count = known(BmCsv.split(lines.get(i), separator));
                if (count > bestCount) {
                    bestSeparator = separator;
                    bestLine = i;
                    bestCount = count;
                }
            }
        }
        if (bestCount < MIN_KNOWN) {
            throw new BmTemplateException("report.template.noHeader");
        }
        List<String> headers = BmCsv.split(lines.get(bestLine), bestSeparator);
        List<List<String>> notes = new ArrayList<>();
        for (int i = bestLine + 1; i < lines.size(); i++) {
            notes.add(BmCsv.split(lines.get(i), bestSeparator));
        }
        List<Column> columns = new ArrayList<>();
        for (int c = 0; c < headers.size(); c++) {
            String header = headers.get(c).strip();
            final int column = c;
            String pattern = notes.stream().filter(n -> n.size() > column).map(n -> BmCodes.datePattern(n.get(column)))
                    .flatMap(Optional::stream).findFirst().orElse(null);
            columns.add(new Column(header, BmField.byHeader(header).orElse(null), pattern, null));
        }
        int idColumn = idColumn(columns);
        for (List<String> note : notes) {
            requireNoMobility(note, idColumn);
        }
        return new BmLayout(Format.CSV, content, 0, bestLine, lines.size(), columns, bestSeparator, bom, lines);
    }
}
