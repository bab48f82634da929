package fr.faireess.mobility.application;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.poifs.crypt.temp.SXSSFWorkbookWithCustomZipEntrySource;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A table written row by row to a stream, so that an export of any length never sits whole in
 * memory: {@link #csv} (semicolon-separated, UTF-8 with a byte-order mark, as French Excel opens it)
 * or {@link #xlsx}. Cells are String, Integer, BigDecimal (an amount) or LocalDate (null: empty). The first row written is
 * the header. {@link #finish} completes the file; {@link #close} releases what the table holds, and
 * without {@code finish} (an error half-way) writes nothing more. The stream stays open: it is the
 * caller's.
 */
public interface ExportTable extends Closeable {

    void row(List<?> cells) throws IOException;

    void finish() throws IOException;

    static ExportTable csv(OutputStream out) throws IOException {
        return new Csv(out);
    }

    static ExportTable xlsx(OutputStream out, String sheetName) {
        return new Xlsx(out, sheetName);
    }

    final class Csv implements ExportTable {

        private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        private final Writer writer;

        private Csv(OutputStream out) throws IOException {
            writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
        }

        @Override
        public void row(List<?> cells) throws IOException {
            writer.write(cells.stream().map(Csv::cell).collect(Collectors.joining(";")));
            writer.write("\r\n");
        }

        /**
         * A cell as text: dates as French Excel reads them; text a spreadsheet would run as a formula
         * (a name or a city typed as {@code =HYPERLINK(...)}) defused; quoted when needed.
         */
        static String cell(Object value) {
            if (value == null) {
                return "";
            }
            if (value instanceof Number) {
                return value.toString();
            }
            String cell = value instanceof LocalDate date ? DATE.format(date) : value.toString();
            if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
                cell = "'" + cell;
            }
            if (cell.contains(";") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
                cell = "\"" + cell.replace("\"", "\"\"") + "\"";
            }
            return cell;
        }

        @Override
        public void finish() throws IOException {
            writer.flush();
        }

        @Override
        public void close() {
            // Nothing held but the caller's stream.
        }
    }

    /**
     * A streaming workbook: POI keeps a window of 100 rows in memory and the rest in a temporary
     * file, encrypted with a key that lives only as long as the workbook (the rows are personal
     * data and must not lie in clear in the server's temporary folder).
     */
    final class Xlsx implements ExportTable {

        private final OutputStream out;
        private final SXSSFWorkbook workbook = new SXSSFWorkbookWithCustomZipEntrySource();
        private final Sheet sheet;
        private final CellStyle bold;
        private final CellStyle date;
        private int next;

        private Xlsx(OutputStream out, String sheetName) {
            this.out = out;
            sheet = workbook.createSheet(sheetName);
            bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
        }

        @Override
        public void row(List<?> cells) {
            Row row = sheet.createRow(next);
            for (int c = 0; c < cells.size(); c++) {
                Object value = cells.get(c);
                Cell cell = row.createCell(c);
                if (next == 0) {
                    cell.setCellStyle(bold);
                    sheet.setColumnWidth(c, 20 * 256);
                }
                if (value instanceof Integer number) {
                    cell.setCellValue(number);
                } else if (value instanceof java.math.BigDecimal amount) {
                    // Amounts (euros and cents) as numbers, so that a spreadsheet adds them up.
                    cell.setCellValue(amount.doubleValue());
                } else if (value instanceof LocalDate day) {
                    cell.setCellValue(day);
                    cell.setCellStyle(date);
                } else if (value != null) {
                    cell.setCellValue(value.toString());
                }
            }
            if (next == 0) {
                sheet.createFreezePane(0, 1);
            }
            next++;
        }

        @Override
        public void finish() throws IOException {
            workbook.write(out);
            out.flush();
        }

        /** Deletes the temporary file. */
        @Override
        public void close() throws IOException {
            try {
                workbook.dispose();
            } finally {
                workbook.close();
            }
        }
    }
}
