package fr.faireess.mobility.reporting;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.poifs.crypt.temp.SheetDataWriterWithDecorator;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import fr.faireess.mobility.reporting.BmLayout.Column;

/**
 * Writes the rows of a {@link BmLayout} to a stream, one at a time, so that a file of any length never
 * sits whole in memory. An XLSX template is filled as it is — its sheets, header rows, notes, column
 * styles and drop-down lists kept — by appending rows below its last one through POI's streaming
 * workbook (a window of 100 rows in memory, the rest in a temporary file encrypted with a key that
 * lives as long as the writer: the rows are personal data). A CSV template keeps its lines above the
 * data and its separator. {@link #finish} completes the file; {@link #close} releases what the writer
 * holds. The stream stays the caller's.
 */
public abstract class BmWriter implements Closeable {

    protected final BmLayout layout;

    private BmWriter(BmLayout layout) {
        this.layout = layout;
    }

    public static BmWriter open(BmLayout layout, OutputStream out) throws IOException {
        return layout.format() == BmLayout.Format.CSV ? new Csv(layout, out) : new Xlsx(layout, out);
    }

    public abstract void row(BmRow row) throws IOException;

    public abstract void finish() throws IOException;

    // ---------------------------------------------------------------- CSV

    private static final class Csv extends BmWriter {

        private final Writer writer;

        Csv(BmLayout layout, OutputStream out) throws IOException {
            super(layout);
            writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            if (layout.byteOrderMark()) {
                writer.write('\uFEFF');
            }
            if (layout.isTemplate()) {
                for (String line : layout.csvLinesAbove()) {
                    writer.write(line);
                    writer.write("\r\n");
                }
            } else {
                List<String> cells = new ArrayList<>();
                layout.columns().forEach(c -> cells.add(BmCsv.cell(c.header(), false, layout.separator())));
                line(cells);
            }
        }

        @Override
        public void row(BmRow row) throws IOException {
            List<Object> values = layout.values(row);
            List<String> cells = new ArrayList<>(values.size());
            for (int c = 0; c < values.size(); c++) {
                Object value = values.get(c);
                cells.add(BmCsv.cell(text(value, layout.columns().get(c)), value instanceof Number, layout.separator()));
            }
            line(cells);
        }

        private void line(List<String> cells) throws IOException {
            writer.write(String.join(String.valueOf(layout.separator()), cells));
            writer.write("\r\n");
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

    /** A value as the column writes it in text: yes/no words, dates in its pattern, amounts with a dot. */
    static String text(Object value, Column column) {
        if (value == null) {
            return null;
        }
        if (value instanceof Boolean flag) {
            return column.yesNo().of(flag);
        }
        if (value instanceof LocalDate day) {
            return BmCodes.date(day, column.datePattern());
        }
        if (value instanceof BigDecimal amount) {
            return amount.toPlainString();
        }
        return value.toString();
    }

    // ---------------------------------------------------------------- XLSX

    private static final class Xlsx extends BmWriter {

        private final OutputStream out;
        private final SXSSFWorkbook workbook;
        private final Sheet sheet;
        /** Per column: the style of its data cells (null: none), and whether its dates are written as text. */
        private final CellStyle[] styles;
        private final boolean[] textDates;
        private int next;

        Xlsx(BmLayout layout, OutputStream out) throws IOException {
            super(layout);
            this.out = out;
            XSSFWorkbook base = layout.isTemplate() ? new XSSFWorkbook(new ByteArrayInputStream(layout.template())) : fresh(layout);
            XSSFSheet template = base.getSheetAt(layout.sheet());
            int columns = layout.columns().size();
            styles = new CellStyle[columns];
            textDates = new boolean[columns];
            Map<String, CellStyle> byFormat = new HashMap<>();
            for (int c = 0; c < columns; c++) {
                Column column = layout.columns().get(c);
                CellStyle own = template.getColumnStyle(c);
                boolean styled = own != null && own.getIndex() != 0;
                String format = styled ? own.getDataFormatString() : null;
                BmField.Kind kind = column.isKnown() ? column.field().kind() : BmField.Kind.TEXT;
                if (kind == BmField.Kind.DATE) {
                    textDates[c] = "@".equals(format);
                    styles[c] = textDates[c] || styled && DateUtil.isADateFormat(own.getDataFormat(), format) ? own
                            : byFormat.computeIfAbsent(column.datePattern().toLowerCase(java.util.Locale.ROOT), f -> style(base, f));
                } else if (kind == BmField.Kind.AMOUNT && !styled) {
                    styles[c] = byFormat.computeIfAbsent("0.00", f -> style(base, f));
                } else {
                    styles[c] = styled ? own : null;
                }
            }
            workbook = new EncryptedStreamingWorkbook(base);
            sheet = workbook.getSheetAt(layout.sheet());
            next = layout.firstDataRow();
        }

        /** A workbook with the layout's header row (bold, frozen) on a sheet of its own. */
        private static XSSFWorkbook fresh(BmLayout layout) {
            XSSFWorkbook workbook = new XSSFWorkbook();
            XSSFSheet sheet = workbook.createSheet("Mobilities");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int c = 0; c < layout.columns().size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(layout.columns().get(c).header());
                cell.setCellStyle(bold);
                sheet.setColumnWidth(c, 20 * 256);
            }
            sheet.createFreezePane(0, 1);
            return workbook;
        }

        private static CellStyle style(XSSFWorkbook workbook, String format) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
            return style;
        }

        @Override
        public void row(BmRow row) {
            List<Object> values = layout.values(row);
            Row line = sheet.createRow(next++);
            for (int c = 0; c < values.size(); c++) {
                Object value = values.get(c);
                Column column = layout.columns().get(c);
                if (value == null && styles[c] == null) {
                    continue;
                }
                Cell cell = line.createCell(c);
                if (styles[c] != null) {
                    cell.setCellStyle(styles[c]);
                }
                if (value instanceof LocalDate day && !textDates[c]) {
                    cell.setCellValue(day);
                } else if (value instanceof BigDecimal amount) {
                    cell.setCellValue(amount.doubleValue());
                } else if (value instanceof Integer number) {
                    cell.setCellValue(number);
                } else if (value != null) {
                    cell.setCellValue(text(value, column));
                }
            }
        }

        @Override
        public void finish() throws IOException {
            workbook.write(out);
            out.flush();
        }

        /** Deletes the temporary files. */
        @Override
        public void close() throws IOException {
            try {
                workbook.dispose();
            } finally {
                workbook.close();
            }
        }
    }

    /** The streaming workbook whose temporary sheet data is encrypted (POI's decorator) — on a template too. */
    private static final class EncryptedStreamingWorkbook extends SXSSFWorkbook {

        EncryptedStreamingWorkbook(XSSFWorkbook template) {
            super(template, 100);
        }

        @Override
        protected SheetDataWriter createSheetDataWriter() throws IOException {
            return new SheetDataWriterWithDecorator();
        }
    }
}
