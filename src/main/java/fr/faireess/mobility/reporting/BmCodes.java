package fr.faireess.mobility.reporting;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Beneficiary Module's ways of writing values, apart from what they mean: the EU's country codes
 * (ISO 3166 except {@code EL} for Greece and {@code UK} for the United Kingdom), yes/no words, and
 * dates ({@code DD-MM-YYYY} unless the template shows another pattern), and how a header is compared
 * (case, accents, spaces, punctuation and the mandatory mark {@code *} ignored).
 */
public final class BmCodes {

    /** The BM's date pattern when the template does not show one. */
    public static final String DEFAULT_DATE_PATTERN = "dd-MM-yyyy";

    /** How a template writes yes and no; the first pair is the default. */
    public enum YesNo {
        YES_NO("Yes", "No"), UPPER("YES", "NO"), Y_N("Y", "N"), TRUE_FALSE("TRUE", "FALSE"), ONE_ZERO("1", "0");

        private final String yes;
        private final String no;

        YesNo(String yes, String no) {
            this.yes = yes;
            this.no = no;
        }

        public String of(boolean value) {
            return value ? yes : no;
        }

        /**
         * The pair a code list (a drop-down's values) uses, if it holds one: {@code Yes}/{@code No}
         * and {@code YES}/{@code NO} are told apart by case, the others are matched without it.
         */
        public static Optional<YesNo> ofList(Collection<String> values) {
            Set<String> set = values.stream().map(String::strip).collect(Collectors.toSet());
            for (YesNo style : values()) {
                if (set.contains(style.yes) && set.contains(style.no)) {
                    return Optional.of(style);
                }
            }
            Set<String> lower = set.stream().map(v -> v.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
            for (YesNo style : values()) {
                if (lower.contains(style.yes.toLowerCase(Locale.ROOT)) && lower.contains(style.no.toLowerCase(Locale.ROOT))) {
                    return Optional.of(style);
                }
            }
            return Optional.empty();
        }
    }

    private static final List<String> DATE_PATTERNS = List.of("dd-MM-yyyy", "dd/MM/yyyy", "yyyy-MM-dd", "dd.MM.yyyy");

    private BmCodes() {
    }

    /** The BM's code of a country from its ISO 3166-1 alpha-2 code. */
    public static String country(String iso) {
        if (iso == null) {
            return null;
        }
        return switch (iso.toUpperCase(Locale.ROOT)) {
            case "GR" -> "EL";
            case "GB" -> "UK";
            default -> iso.toUpperCase(Locale.ROOT);
        };
    }

    public static String date(LocalDate day, String pattern) {
        return day == null ? null : DateTimeFormatter.ofPattern(pattern, Locale.ROOT).format(day);
    }

    /**
     * The date pattern a template's note cell shows ({@code DD-MM-YYYY}, {@code dd/mm/yyyy},
     * {@code YYYY-MM-DD}…), if the cell is one.
     */
    public static Optional<String> datePattern(String note) {
        if (note == null) {
            return Optional.empty();
        }
        String text = note.strip().replace("*", "").strip().toLowerCase(Locale.ROOT);
        return DATE_PATTERNS.stream().filter(p -> p.toLowerCase(Locale.ROOT).equals(text)).findFirst();
    }

    /** A header as compared: {@code "Grant Agreement No.*"} and {@code "grant agreement no"} are the same. */
    public static String normalise(String header) {
        if (header == null) {
            return "";
        }
        String plain = Normalizer.normalize(header, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
