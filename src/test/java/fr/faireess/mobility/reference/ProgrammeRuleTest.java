package fr.faireess.mobility.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A programme's reporting data: a four-digit ISCED-F code, both diploma names, each fitting its column. */
class ProgrammeRuleTest {

    private static final String DEASS_FR = "Diplôme d'État d'assistant de service social";
    private static final String DEASS_EN = "State diploma in social work";

    private static String outcome(String isced, String french, String english) {
        return ProgrammeRule.refusal(new ProgrammeForm(isced, french, english, 0))
                .map(e -> e.field().orElse("") + ":" + e.messageKey()).orElse("ok");
    }

    @ParameterizedTest(name = "ISCED-F \"{0}\" → {1}")
    @CsvSource({
            "0923,    ok",
            "' 0923 ', ok",
            "0922,    ok",
            "923,     iscedCode:reference.programme.iscedInvalid",
            "09231,   iscedCode:reference.programme.iscedInvalid",
            "09 23,   iscedCode:reference.programme.iscedInvalid",
            "092A,    iscedCode:reference.programme.iscedInvalid",
            "'',      iscedCode:reference.programme.iscedInvalid",
            ",        iscedCode:reference.programme.iscedInvalid"
    })
    void theIscedFCodeIsFourDigits(String isced, String expected) {
        assertThat(outcome(isced, DEASS_FR, DEASS_EN)).isEqualTo(expected);
    }

    @Test
    void bothDiplomaNamesAreRequired() {
        assertThat(outcome("0923", "  ", DEASS_EN)).isEqualTo("diplomaFr:reference.programme.diplomaRequired");
        assertThat(outcome("0923", null, DEASS_EN)).isEqualTo("diplomaFr:reference.programme.diplomaRequired");
        assertThat(outcome("0923", DEASS_FR, "")).isEqualTo("diplomaEn:reference.programme.diplomaRequired");
        assertThat(outcome("0923", DEASS_FR, null)).isEqualTo("diplomaEn:reference.programme.diplomaRequired");
    }

    @Test
    void aDiplomaNameFitsItsColumn() {
        String longest = "D".repeat(ProgrammeRule.DIPLOMA_MAX);
        assertThat(outcome("0923", longest, longest)).isEqualTo("ok");
        assertThat(outcome("0923", longest + "D", DEASS_EN)).isEqualTo("diplomaFr:reference.programme.diplomaTooLong");
        assertThat(outcome("0923", DEASS_FR, longest + "D")).isEqualTo("diplomaEn:reference.programme.diplomaTooLong");
        assertThat(outcome("0923", " " + longest + " ", DEASS_EN)).as("surrounding spaces are not kept").isEqualTo("ok");
    }
}
