package fr.faireess.mobility.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HostInputTest {

    @ParameterizedTest(name = "{0} is accepted")
    @ValueSource(strings = {"https://www.peretarres.org", "http://example.org/accueil?lang=fr", "HTTPS://Example.ORG",
            " https://casaldelsinfants.org/ "})
    void httpAndHttpsAddressesAreAccepted(String typed) {
        assertThat(HostInput.website(typed)).contains(typed.trim());
    }

    @ParameterizedTest(name = "{0} is refused")
    @ValueSource(strings = {"javascript:alert(1)", "ftp://example.org", "www.example.org", "https://", "mailto:a@b.org",
            "data:text/html,hello", "https://user:pass@example.org", "http://exa mple.org", "//example.org"})
    void anythingElseIsRefused(String typed) {
        assertThat(HostInput.website(typed)).isEmpty();
    }

    @Test
    void aBlankWebsiteIsNoWebsite() {
        assertThat(HostInput.website("  ")).isEmpty();
        assertThat(HostInput.website(null)).isEmpty();
    }

    @Test
    void languageCodesAreSplitLowerCasedAndDeduplicatedInTheOrderTyped() {
        assertThat(HostInput.codes("es, CA en;fr , es")).containsExactly("es", "ca", "en", "fr");
        assertThat(HostInput.codes(" ")).isEmpty();
        assertThat(HostInput.codes(null)).isEmpty();
    }

    @ParameterizedTest(name = "{0}: first unknown = {1}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            es ca en fr it pt ar | none
            es, xx, ca           | xx
            spa                  | spa
            e                    | e
            """)
    void onlyIsoLanguageCodesAreKnown(String typed, String unknown) {
        assertThat(HostInput.unknownLanguage(HostInput.codes(typed))).isEqualTo(Optional.ofNullable(unknown));
    }

    @Test
    void themesAreSplitOnCommasAndSemicolonsTrimmedAndLowerCased() {
        Set<String> themes = HostInput.themes("Protection de l'enfance ;  Handicap,, petite   enfance, handicap");
        assertThat(themes).containsExactly("protection de l'enfance", "handicap", "petite enfance");
        assertThat(HostInput.join(themes)).isEqualTo("protection de l'enfance, handicap, petite enfance");
    }

    @Test
    void emailAddressesNeedALocalPartAndADottedDomain() {
        for (String good : List.of("m.puig@casal.example.org", "tutor+1@example.org")) {
            assertThat(HostInput.isEmail(good)).as(good).isTrue();
        }
        for (String bad : List.of("m.puig", "m.puig@example", "m puig@example.org", "@example.org", "a@b@example.org")) {
            assertThat(HostInput.isEmail(bad)).as(bad).isFalse();
        }
    }

    @ParameterizedTest(name = "OID \"{0}\" → {1}")
    @CsvSource({
            "E10012345,     E10012345",
            "e10012345,     E10012345",
            "' E 1001 2345 ', E10012345",
            "E1001234,      ''",
            "E100123456,    ''",
            "F10012345,     ''",
            "10012345,      ''",
            "E1001234A,     ''",
            "'E10012345<b>', ''"
    })
    void anOidIsAnEAndEightDigits(String typed, String stored) {
        assertThat(HostInput.oid(typed).orElse("")).isEqualTo(stored);
    }
}
