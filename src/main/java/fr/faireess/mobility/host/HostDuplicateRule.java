package fr.faireess.mobility.host;

import java.io.Serializable;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * When saving an organisation looks like creating a second copy of one already in the directory.
 *
 * <p>Two organisations are "the same" when their names and cities are equal once case, accents,
 * spaces and punctuation are ignored ("Fundació Pere Tarrés", "FUNDACIO PERE-TARRES"). The check
 * only runs when the name or city is new (a new organisation, a renaming, a move), so that editing
 * an organisation that was knowingly kept as a near-duplicate does not nag every time. A warning is
 * answered by confirming that name in that city ({@link #confirmation}): typing another name or city
 * afterwards brings the check back.
 */
public final class HostDuplicateRule {

    private HostDuplicateRule() {
    }

    /** An organisation already in the directory, as far as this rule needs to know it. */
    public record Existing(long id, String name, String city) implements Serializable {
    }

    /**
     * The comparison key of a name or city: lower case, no accents, letters and digits only. Stored
     * in the {@code name_key} and {@code city_key} columns, so the database finds candidates by index.
     */
    public static String key(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    /** Whether saving must look for duplicates: always for a new organisation, else on renaming or moving. */
    public static boolean needsCheck(String oldName, String oldCity, String newName, String newCity) {
        if (oldName == null) {
            return true;
        }
        return !key(oldName).equals(key(newName)) || !key(oldCity).equals(key(newCity));
    }

    /** What the user confirms by clicking "save anyway": this name in this city, whatever the duplicates. */
    public static String confirmation(String name, String city) {
        return key(name) + "@" + key(city);
    }

    /**
     * The likely duplicate that the user still has to confirm, if any.
     *
     * @param selfId       the organisation being saved (never its own duplicate); null when new
     * @param candidates   organisations to compare with
     * @param confirmed    what the user already confirmed ({@link #confirmation}), or null
     */
    public static Optional<Existing> unconfirmedDuplicate(String name, String city, Long selfId,
                                                          List<Existing> candidates, String confirmed) {
        String nameKey = key(name);
        String cityKey = key(city);
        if (nameKey.isEmpty() || confirmation(name, city).equals(confirmed)) {
            return Optional.empty();
        }
        return candidates.stream()
                .filter(c -> !Objects.equals(selfId, c.id()))
                .filter(c -> key(c.name()).equals(nameKey) && key(c.city()).equals(cityKey))
                .findFirst();
    }
}
