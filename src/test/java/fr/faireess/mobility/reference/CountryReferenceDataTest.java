package fr.faireess.mobility.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The country migration against the Erasmus+ 2021-2027 groups written out in domain.md. */
class CountryReferenceDataTest {

    private static final Pattern ROW = Pattern.compile(
            "\\('([A-Z]{2})', '((?:[^']|'')+)', '((?:[^']|'')+)', '(GROUP_1|GROUP_2|GROUP_3|INTERNATIONAL)', (TRUE|FALSE)\\)");
    private static Map<String, String[]> rows;

    @BeforeAll
    static void parse() throws IOException {
        String sql = Files.readString(Path.of("src/main/resources/db/migration/V3__countries.sql"));
        Matcher m = ROW.matcher(sql);
        rows = new java.util.TreeMap<>();
        while (m.find()) {
            rows.put(m.group(1), new String[] {m.group(2), m.group(3), m.group(4), m.group(5)});
        }
    }

    private static TreeSet<String> codesOf(String group) {
        return rows.entrySet().stream().filter(e -> e.getValue()[2].equals(group)).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void everyIsoCountryIsThereOnce() {
        assertThat(rows.keySet()).isEqualTo(new TreeSet<>(Arrays.asList(java.util.Locale.getISOCountries())));
    }

    @Test
    void theThreeErasmusGroupsAreExactlyThoseOfTheProgrammeGuide() {
        assertThat(codesOf("GROUP_1")).containsExactlyInAnyOrder("DK", "FI", "IS", "IE", "LI", "LU", "NO", "SE", "CH", "GB", "FO");
        assertThat(codesOf("GROUP_2")).containsExactlyInAnyOrder("AT", "BE", "CY", "DE", "GR", "ES", "FR", "IT", "MT", "NL", "PT");
        assertThat(codesOf("GROUP_3")).containsExactlyInAnyOrder("BG", "CZ", "EE", "HR", "HU", "LT", "LV", "MK", "PL", "RO",
                "RS", "SI", "SK", "TR");
        assertThat(rows.get("MA")[2]).isEqualTo("INTERNATIONAL");
        assertThat(rows.get("SN")[2]).isEqualTo("INTERNATIONAL");
    }

    @Test
    void theEeaFlagMarksTheThirtyEeaCountries() {
        TreeSet<String> eea = rows.entrySet().stream().filter(e -> e.getValue()[3].equals("TRUE")).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(eea).hasSize(30).contains("FR", "ES", "IS", "LI", "NO").doesNotContain("CH", "GB", "MA", "TR");
    }

    @Test
    void namesAreInFrenchAndInEnglish() {
        assertThat(rows.get("ES")).startsWith("Espagne", "Spain");
        assertThat(rows.get("BE")).startsWith("Belgique", "Belgium");
        assertThat(rows.get("CI")[0]).isEqualTo("Côte d''Ivoire");
    }
}
