package fr.faireess.mobility.reporting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Where the rows go and how each column is written: the uploaded template's (its format, the sheet
 * and header row that hold the mobilities, the first free row, every column in its order with the
 * date pattern and yes/no words it shows, the CSV separator and the lines above the data), or the
 * default layout of the dictionary's field names. {@code template} is the uploaded file (null for the
 * default layout), filled as it is by {@link BmWriter}.
 */
public record BmLayout(Format format, byte[] template, int sheet, int headerRow, int firstDataRow, List<Column> columns,
                       char separator, boolean byteOrderMark, List<String> csvLinesAbove) {

    public enum Format { XLSX, CSV }

    /** One column of the layout: its header as written, the field it names (null: unknown, left empty). */
    public record Column(String header, BmField field, String datePattern, BmCodes.YesNo yesNo) {

        public Column {
            datePattern = datePattern == null ? BmCodes.DEFAULT_DATE_PATTERN : datePattern;
            yesNo = yesNo == null ? BmCodes.YesNo.YES_NO : yesNo;
        }

        public boolean isKnown() {
            return field != null;
        }
    }

    public BmLayout {
        columns = List.copyOf(columns);
        csvLinesAbove = List.copyOf(csvLinesAbove);
    }

    /** The dictionary's fields in its order, under their default names; written as {@code format}. */
    public static BmLayout defaultLayout(Format format) {
        List<Column> columns = Arrays.stream(BmField.values()).map(f -> new Column(f.header(), f, null, null)).toList();
        return new BmLayout(format, null, 0, 0, 1, columns, ';', true, List.of());
    }

    /**
     * The same columns in another format, on a file of its own (one header row): a CSV template
     * downloaded as XLSX, or the other way round.
     */
    public BmLayout as(Format other) {
        if (other == format) {
            return this;
        }
        return new BmLayout(other, null, 0, 0, 1, columns, ';', true, List.of());
    }

    public boolean isTemplate() {
        return template != null;
    }

    /** The template's headers the dictionary does not know, in column order: those columns stay empty. */
    public List<String> unknownHeaders() {
        return columns.stream().filter(c -> !c.isKnown() && !c.header().isBlank()).map(Column::header).toList();
    }

    /** The template's columns the dictionary knows but the application does not hold yet (left empty too). */
    public List<String> notHeldHeaders() {
        return columns.stream().filter(c -> c.isKnown() && !c.field().isHeld()).map(Column::header).toList();
    }

    /** The cells of one row in column order, as raw values ({@link BmField#valueOf}). */
    public List<Object> values(BmRow row) {
        List<Object> values = new ArrayList<>(columns.size());
        for (Column column : columns) {
            values.add(column.isKnown() ? column.field().valueOf(row) : null);
        }
        return values;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BmLayout l && format == l.format && Arrays.equals(template, l.template) && sheet == l.sheet
                && headerRow == l.headerRow && firstDataRow == l.firstDataRow && columns.equals(l.columns)
                && separator == l.separator && byteOrderMark == l.byteOrderMark && csvLinesAbove.equals(l.csvLinesAbove);
    }

    @Override
    public int hashCode() {
        return Objects.hash(format, Arrays.hashCode(template), sheet, headerRow, columns);
    }

    @Override
    public String toString() {
        return "BmLayout[" + format + ", sheet " + sheet + ", header row " + headerRow + ", " + columns.size() + " columns]";
    }
}
