package fr.faireess.mobility.application.web;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;

import fr.faireess.mobility.application.ExportTable;
import fr.faireess.mobility.platform.web.FileResponse;

/**
 * A table downloaded as a file, as the export servlets serve it (the review list, the dashboards'
 * figures, the payments): the address names the table and the format ({@code …/export/<name>.csv}
 * or {@code .xlsx}); the answer is a private attachment written row by row by an {@link ExportTable}.
 */
public enum TableDownload {
    CSV("text/csv; charset=UTF-8"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private static final Pattern PATH = Pattern.compile("/([A-Za-z0-9_-]+)\\.(csv|xlsx)");

    /** A file asked for by a servlet's path info: its name and its format. */
    public record Requested(String name, TableDownload format) {
    }

    private final String contentType;

    TableDownload(String contentType) {
        this.contentType = contentType;
    }

    /** {@code /payments.xlsx} → (payments, XLSX); empty for any other path (the servlet's 404). */
    public static Optional<Requested> of(String pathInfo) {
        Matcher m = PATH.matcher(pathInfo == null ? "" : pathInfo);
        return m.matches() ? Optional.of(new Requested(m.group(1), valueOf(m.group(2).toUpperCase(Locale.ROOT))))
                : Optional.empty();
    }

    /** The word the services' audit lines use for the format: {@code csv} or {@code xlsx}. */
    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Sends the attachment's headers for {@code baseName} plus this format's extension and returns the
     * table that writes the body; an XLSX file's one sheet is named {@code sheetTitle}, cut to what
     * Excel allows.
     */
    public ExportTable open(HttpServletResponse response, String baseName, String sheetTitle) throws IOException {
        FileResponse.attachment(response, contentType, baseName + "." + extension(), FileResponse.PRIVATE);
        return this == CSV ? ExportTable.csv(response.getOutputStream())
                : ExportTable.xlsx(response.getOutputStream(), sheetName(sheetTitle));
    }

    /** Excel's sheet names: at most 31 characters, none of : \ / ? * [ ]. */
    static String sheetName(String title) {
        String name = title.replaceAll("[:\\\\/?*\\[\\]]", " ");
        return name.length() > 31 ? name.substring(0, 31) : name;
    }
}
