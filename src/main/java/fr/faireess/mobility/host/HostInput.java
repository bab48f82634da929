package fr.faireess.mobility.host;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How the free-text fields of the host form become data: the web site (http or https only, so a
 * link on a student page can never run a script), the EU Organisation ID, working languages (ISO
 * 639-1 codes) and themes (free tags). Plain Java so that the rules are tested without a server.
 */
public final class HostInput {

    public static final int THEME_MAX = 60;
    private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());
    private static final Pattern OID = Pattern.compile("E\\d{8}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    private HostInput() {
    }

    /** The site as typed, trimmed, if it is an absolute http(s) address with a host; empty otherwise. */
    public static Optional<String> website(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String trimmed = typed.trim();
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean web = scheme.equals("http") || scheme.equals("https");
            if (web && uri.getHost() != null && !uri.getHost().isBlank() && uri.getUserInfo() == null) {
                return Optional.of(trimmed);
            }
        } catch (URISyntaxException e) {
            // not an address at all: refused like any other
        }
        return Optional.empty();
    }

    /**
     * The EU Organisation ID as stored: the Organisation Registration System writes it as "E" and
     * eight digits (E10012345); typed in lower case or with spaces ("e 1001 2345") it is the same ID.
     * Empty when what was typed is not one.
     */
    public static Optional<String> oid(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String compact = typed.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        return OID.matcher(compact).matches() ? Optional.of(compact) : Optional.empty();
    }

    /** A plausible e-mail address: something@domain.tld, no spaces. */
    public static boolean isEmail(String value) {
        return value != null && EMAIL.matcher(value).matches();
    }

    /** Splits "es, CA en" into {es, ca, en}, in the order typed, without repeats. */
    public static Set<String> codes(String typed) {
        Set<String> codes = new LinkedHashSet<>();
        if (typed != null) {
            Arrays.stream(typed.split("[\\s,;]+"))
                    .map(c -> c.trim().toLowerCase(Locale.ROOT))
                    .filter(c -> !c.isEmpty())
                    .forEach(codes::add);
        }
        return codes;
    }

    /** The first code that is not an ISO 639-1 language, if any. */
    public static Optional<String> unknownLanguage(Set<String> codes) {
        return codes.stream().filter(c -> c.length() != 2 || !ISO_LANGUAGES.contains(c)).findFirst();
    }

    /**
     * Splits themes on commas or semicolons: "Handicap ; petite enfance" gives {handicap, petite enfance}.
     * Tags are lower-cased with single spaces so that the theme filter finds every spelling.
     */
    public static Set<String> themes(String typed) {
        Set<String> themes = new LinkedHashSet<>();
        if (typed != null) {
            Arrays.stream(typed.split("[,;]"))
                    .map(t -> t.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT))
                    .filter(t -> !t.isEmpty())
                    .forEach(themes::add);
        }
        return themes;
    }

    /** The way a set of tags is shown back in the form: "a, b, c". */
    public static String join(Set<String> values) {
        return String.join(", ", values);
    }
}
