package fr.faireess.mobility.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A country's classification: any group, but an EEA country is never international mobility. */
class CountryRuleTest {

    @ParameterizedTest(name = "{0}, EEA {1} → {2}")
    @CsvSource({
            "GROUP_1,       true,  ok",
            "GROUP_2,       true,  ok",
            "GROUP_3,       true,  ok",
            "GROUP_1,       false, ok",
            "GROUP_3,       false, ok",
            "INTERNATIONAL, false, ok",
            "INTERNATIONAL, true,  erasmusGroup:reference.country.eeaNotInternational",
            ",              false, erasmusGroup:reference.country.groupRequired",
            ",              true,  erasmusGroup:reference.country.groupRequired"
    })
    void anEeaCountryTakesPartInTheProgramme(ErasmusGroup group, boolean eea, String expected) {
        String outcome = CountryRule.refusal(new CountryForm(group, eea, 0))
                .map(e -> e.field().orElse("") + ":" + e.messageKey()).orElse("ok");
        assertThat(outcome).isEqualTo(expected);
    }

    @Test
    void theAuditedClassificationReadsGroupThenEea() {
        Country albania = new Country("AL", "Albanie", "Albania", ErasmusGroup.INTERNATIONAL, false);
        assertThat(albania.classification()).isEqualTo("INTERNATIONAL non-EEA");
        albania.reclassify(ErasmusGroup.GROUP_3, false);
        assertThat(albania.classification()).isEqualTo("GROUP_3 non-EEA");
        assertThat(new Country("BE", "Belgique", "Belgium", ErasmusGroup.GROUP_2, true).classification()).isEqualTo("GROUP_2 EEA");
    }
}
