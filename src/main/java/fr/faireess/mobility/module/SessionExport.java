package fr.faireess.mobility.module;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The session list as a spreadsheet: CSV (semicolon-separated, UTF-8 with a byte-order mark, as
 * French Excel opens it) and XLSX. Plain Java: labels come from {@code text}, a message-key lookup in
 * the reader's language.
 */
public final class SessionExport {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    static final List<String> HEADER_KEYS = List.of("module.export.date", "module.export.time", "module.export.campus",
            "module.export.cohorts", "module.export.title", "module.export.format", "module.export.movements",
            "module.export.guests", "module.export.trainer", "module.export.attendance", "module.export.material");

    private final Function<String, String> text;
    private final Locale locale;

    public SessionExport(Function<String, String> text, Locale locale) {
        this.text = text;
        this.locale = locale;
    }

    List<String> header() {
        return HEADER_KEYS.stream().map(text).toList();
    }

    List<String> row(ModuleSession s) {
        List<String> row = new ArrayList<>();
        row.add(DATE.format(s.getStartsAt()));
        row.add(TIME.format(s.getStartsAt()));
        row.add(s.getCampus().getName());
        row.add(s.getCohortCodes());
        row.add(s.getTitle());
        row.add(text.apply(s.getFormat().labelKey()));
        row.add(s.getMovements().stream().sorted().map(m -> text.apply(m.labelKey())).collect(Collectors.joining(", ")));
        row.add(s.getGuests().stream()
                .map(g -> g.getFullName() + " (" + g.getCountry().name(locale)
                        + (g.getOrganisation() == null ? "" : ", " + g.getOrganisation())
                        + ", " + text.apply(g.getRole().labelKey()) + ")")
                .collect(Collectors.joining("; ")));
        row.add(s.getTrainer().getFullName());
        row.add(text.apply(s.getAttendanceRecordedAt() == null ? "module.export.notRecorded" : "module.export.recorded"));
        row.add(s.getMaterialUrl() == null ? "" : s.getMaterialUrl());
        return row;
    }

    public byte[] csv(List<ModuleSession> sessions) {
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append(csvLine(header()));
        for (ModuleSession s : sessions) {
            out.append(csvLine(row(s)));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String csvLine(List<String> cells) {
        return cells.stream().map(SessionExport::csvCell).collect(Collectors.joining(";")) + "\r\n";
    }

    /**
     * Quotes a cell when needed, and defuses text a spreadsheet would run as a formula (a guest or
     * a title typed as {@code =HYPERLINK(...)}).
     */
    static String csvCell(String value) {
        String cell = value == null ? "" : value;
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            cell = "'" + cell;
        }
        if (cell.contains(";") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
            cell = "\"" + cell.replace("\"", "\"\"") + "\"";
        }
        return cell;
    }

    public byte[] xlsx(List<ModuleSession> sessions) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(text.apply("module.export.sheet"));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            List<String> header = header();
            Row first = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                first.createCell(c).setCellValue(header.get(c));
                first.getCell(c).setCellStyle(bold);
                sheet.setColumnWidth(c, (c == 4 || c == 7 ? 50 : 18) * 256);
            }
            int r = 1;
            for (ModuleSession s : sessions) {
                Row row = sheet.createRow(r++);
                List<String> cells = row(s);
                for (int c = 0; c < cells.size(); c++) {
                    row.createCell(c).setCellValue(cells.get(c));
                }
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
