package fr.faireess.mobility.identity;

import fr.faireess.mobility.platform.security.Role;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import fr.faireess.mobility.platform.error.BusinessException;

/**
 * Reads a student cohort from a CSV file, as a school's registrar exports it: one header line
 * naming the columns (in French or English, any order, accents and case ignored), then one student
 * per line, separated by {@code ;} or {@code ,}. Columns: e-mail, first name, last name, campus,
 * programme, year. Plain Java: a wrong line is refused with its line number, before anything is
 * created.
 */
public final class CohortCsv {

    public static final int MAX_LINES = 500;

    private static final Map<String, String> HEADERS = Map.ofEntries(
            Map.entry("email", "email"), Map.entry("e-mail", "email"), Map.entry("courriel", "email"), Map.entry("mail", "email"),
            Map.entry("prenom", "firstName"), Map.entry("firstname", "firstName"), Map.entry("first name", "firstName"),
            Map.entry("nom", "lastName"), Map.entry("lastname", "lastName"), Map.entry("last name", "lastName"),
            Map.entry("campus", "campus"), Map.entry("site", "campus"),
            Map.entry("formation", "programme"), Map.entry("programme", "programme"), Map.entry("filiere", "programme"),
            Map.entry("annee", "year"), Map.entry("year", "year"), Map.entry("annee de formation", "year"));

    private static final List<String> REQUIRED = List.of("email", "firstName", "lastName", "campus", "programme", "year");

    private CohortCsv() {
    }

    /** One form per student line; refuses the whole file at the first wrong line. */
    public static List<AccountForm> parse(String content) {
        String text = content == null ? "" : content.replace("\uFEFF", "");
        List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
        if (lines.size() < 2) {
            throw new BusinessException("file", "account.import.empty");
        }
        if (lines.size() - 1 > MAX_LINES) {
            throw new BusinessException("file", "account.import.tooMany", MAX_LINES);
        }
        char separator = lines.get(0).contains(";") ? ';' : ',';
        List<String> header = split(lines.get(0), separator);
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = HEADERS.get(normalize(header.get(i)));
            if (name != null) {
                column.putIfAbsent(name, i);
            }
        }
        for (String required : REQUIRED) {
            if (!column.containsKey(required)) {
                throw new BusinessException("file", "account.import.missingColumn", required);
            }
        }
        List<AccountForm> forms = new ArrayList<>();
        Set<String> emails = new HashSet<>();
        for (int n = 1; n < lines.size(); n++) {
            int lineNumber = n + 1;
            List<String> cells = split(lines.get(n), separator);
            AccountForm form = new AccountForm();
            form.setEmail(cell(cells, column.get("email")));
            form.setFirstName(cell(cells, column.get("firstName")));
            form.setLastName(cell(cells, column.get("lastName")));
            form.setCampusCode(campus(cell(cells, column.get("campus"))));
            form.setProgrammeCode(cell(cells, column.get("programme")).toUpperCase(Locale.ROOT));
            form.setStudyYear(year(cell(cells, column.get("year")), lineNumber));
            form.setRoles(EnumSet.of(Role.STUDENT));
            if (form.getEmail().isEmpty() || !form.getEmail().contains("@")) {
                throw new BusinessException("file", "account.import.badEmail", lineNumber);
            }
            if (!emails.add(Account.normalizeEmail(form.getEmail()))) {
                throw new BusinessException("file", "account.import.duplicateInFile", lineNumber, form.getEmail());
            }
            forms.add(form);
        }
        return forms;
    }

    /** "Perpignan", "IRTS Perpignan", "PERPIGNAN" → the campus code. */
    private static String campus(String value) {
        String key = normalize(value);
        if (key.contains("perpignan")) {
            return "PERPIGNAN";
        }
        if (key.contains("montpellier")) {
            return "MONTPELLIER";
        }
        return value.toUpperCase(Locale.ROOT);
    }

    private static Integer year(String value, int lineNumber) {
        String digits = value.replaceAll("[^0-9]", "");
        if (digits.length() != 1) {
            throw new BusinessException("file", "account.import.badYear", lineNumber, value);
        }
        return Integer.valueOf(digits);
    }

    private static String cell(List<String> cells, int index) {
        return index < cells.size() ? cells.get(index).trim() : "";
    }

    /** Splits one line, honouring double-quoted cells (which may contain the separator). */
    static List<String> split(String line, char separator) {
        List<String> cells = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    current.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == separator && !quoted) {
                cells.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        cells.add(current.toString());
        return cells;
    }

    private static String normalize(String header) {
        String plain = Normalizer.normalize(header.trim().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return plain.replace('_', ' ').replaceAll("\\s+", " ");
    }
}
