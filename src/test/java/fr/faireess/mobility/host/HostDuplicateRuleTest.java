package fr.faireess.mobility.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import fr.faireess.mobility.host.HostDuplicateRule.Existing;

class HostDuplicateRuleTest {

    private static final Existing PERE_TARRES = new Existing(1, "Fundació Pere Tarrés", "Barcelona");
    private static final Existing CASAL = new Existing(2, "Casal dels Infants", "Barcelona");
    private static final List<Existing> DIRECTORY = List.of(PERE_TARRES, CASAL);

    @ParameterizedTest(name = "\"{0}\" / \"{1}\" is the same as \"{2}\" / \"{3}\": {4}")
    @CsvSource(delimiter = '|', textBlock = """
            Fundació Pere Tarrés   | Barcelona  | FUNDACIO PERE TARRES | barcelona | true
            Fundació Pere Tarrés   | Barcelona  | Fundacio  Pere-Tarrés| Barcelona | true
            Fundació Pere Tarrés   | Barcelona  | fundaciópere tarrés  | BARCELONA | true
            Fundació Pere Tarrés   | Barcelona  | Fundació Pere Tarrés | Girona    | false
            Fundació Pere Tarrés   | Barcelona  | Fundació Pere Tarrés II | Barcelona | false
            Association Amal       | Agadir     | Association Amal     | Agadir    | true
            Association Amal       | Agadir     | Association Amel     | Agadir    | false
            Crèche Les Lucioles    | Liège      | Creche les lucioles  | Liege     | true
            """)
    void namesAndCitiesCompareWithoutCaseAccentsSpacesOrPunctuation(String name, String city, String otherName,
                                                                     String otherCity, boolean same) {
        var existing = List.of(new Existing(7, name, city));
        assertThat(HostDuplicateRule.unconfirmedDuplicate(otherName, otherCity, null, existing, null).isPresent())
                .isEqualTo(same);
    }

    @ParameterizedTest(name = "key of \"{0}\" is \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Fundació Pere Tarrés      | fundacioperetarres
            ' Casal  dels-Infants '   | casaldelsinfants
            Ærøskøbing                | ærøskøbing
            L'Hospitalet de Llobregat | lhospitaletdellobregat
            ''                        | ''
            """)
    void theKeyKeepsOnlyLowerCaseLettersAndDigitsWithoutAccents(String text, String key) {
        assertThat(HostDuplicateRule.key(text)).isEqualTo(key);
    }

    @Test
    void aNewOrganisationMatchingAnExistingOneIsReportedWithTheExistingOne() {
        assertThat(HostDuplicateRule.unconfirmedDuplicate("fundacio pere tarres", "BARCELONA", null, DIRECTORY, null))
                .contains(PERE_TARRES);
    }

    @Test
    void anOrganisationIsNeverItsOwnDuplicate() {
        assertThat(HostDuplicateRule.unconfirmedDuplicate("Fundació Pere Tarrés", "Barcelona", 1L, DIRECTORY, null))
                .isEmpty();
        assertThat(HostDuplicateRule.unconfirmedDuplicate("Casal dels Infants", "Barcelona", 1L, DIRECTORY, null))
                .contains(CASAL);
    }

    @Test
    void confirmingThisNameInThisCitySavesAnywayButAnotherNameIsCheckedAgain() {
        String confirmed = HostDuplicateRule.confirmation("Fundacio Pere Tarres", "Barcelona");
        assertThat(HostDuplicateRule.unconfirmedDuplicate("FUNDACIÓ PERE TARRÉS", "barcelona", null, DIRECTORY, confirmed))
                .isEmpty();
        assertThat(HostDuplicateRule.unconfirmedDuplicate("Casal dels Infants", "Barcelona", null, DIRECTORY, confirmed))
                .contains(CASAL);
    }

    @Test
    void aBlankNameHasNoDuplicate() {
        assertThat(HostDuplicateRule.unconfirmedDuplicate("  ", "Barcelona", null,
                List.of(new Existing(3, "", "Barcelona")), null)).isEmpty();
    }

    static Stream<Arguments> checks() {
        return Stream.of(
                Arguments.of(null, null, "Casal dels Infants", "Barcelona", true),
                Arguments.of("Casal dels Infants", "Barcelona", "Casal dels Infants", "Barcelona", false),
                Arguments.of("Casal dels Infants", "Barcelona", "CASAL DELS INFANTS ", "barcelona", false),
                Arguments.of("Casal dels Infants", "Barcelona", "Casal dels Infants del Raval", "Barcelona", true),
                Arguments.of("Casal dels Infants", "Barcelona", "Casal dels Infants", "Badalona", true));
    }

    @ParameterizedTest(name = "from {0}/{1} to {2}/{3}: check = {4}")
    @MethodSource("checks")
    void onlyNewRenamedOrMovedOrganisationsAreChecked(String oldName, String oldCity, String newName, String newCity,
                                                      boolean check) {
        assertThat(HostDuplicateRule.needsCheck(oldName, oldCity, newName, newCity)).isEqualTo(check);
    }
}
