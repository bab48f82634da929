package fr.faireess.mobility.platform.i18n;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * French writes "d'Inès", not "de Inès": a message pattern's "de {1}" becomes "d'{1}" when the value
 * put there begins with a vowel. Only the pattern changes, never the values (a name, a title or a
 * person's own words are shown as typed). Y and H are left alone: "de Yasmine", and "de Hugo" or
 * "d'Hugo" depend on the name (an aspirated h), which no rule can tell.
 */
public final class FrenchElision {

    private static final Pattern DE_ARGUMENT = Pattern.compile("(?<![\\p{L}'])([dD])e \\{(\\d+)}");

    private FrenchElision() {
    }

    /** {@code pattern} (MessageFormat syntax) with "de {n}" elided where argument n begins with a vowel. */
    public static String elide(String pattern, Object... args) {
        if (args == null || args.length == 0 || pattern.indexOf('{') < 0) {
            return pattern;
        }
        Matcher match = DE_ARGUMENT.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (match.find()) {
            int index = Integer.parseInt(match.group(2));
            boolean elide = index < args.length && args[index] != null && startsWithVowel(args[index].toString());
            // In MessageFormat, '' is one apostrophe.
            String replacement = elide ? match.group(1) + "''{" + index + "}" : match.group();
            match.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        match.appendTail(out);
        return out.toString();
    }

    static boolean startsWithVowel(String value) {
        String text = value.strip();
        if (text.isEmpty()) {
            return false;
        }
        String base = Normalizer.normalize(text.substring(0, 1), Normalizer.Form.NFD).substring(0, 1).toLowerCase();
        return "aeiouœæ".contains(base);
    }
}
