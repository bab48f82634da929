package fr.faireess.mobility.reporting;

import java.util.ArrayList;
import java.util.List;

/** CSV lines of a BM file: a line split into cells (quotes honoured), a cell written for a separator. */
final class BmCsv {

    private BmCsv() {
    }

    static List<String> split(String line, char separator) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    /**
     * A text cell: text a spreadsheet would run as a formula (a host name typed as
     * {@code =HYPERLINK(...)}) defused; quoted when it holds the separator, a quote or a line break.
     */
    static String cell(String text, boolean isNumber, char separator) {
        if (text == null) {
            return "";
        }
        String cell = text;
        if (!isNumber && !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            cell = "'" + cell;
        }
        if (cell.indexOf(separator) >= 0 || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
            cell = "\"" + cell.replace("\"", "\"\"") + "\"";
        }
        return cell;
    }
}
