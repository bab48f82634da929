package fr.faireess.mobility.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import fr.faireess.mobility.host.HostSize;
import fr.faireess.mobility.host.HostType;
import fr.faireess.mobility.identity.Gender;

/** The words the Learning Agreement prints instead of codes, and the joins that leave no debris. */
class AgreementWordsTest {

    private static final Locale EN = Locale.ENGLISH;
    private static final Locale FR = Locale.FRENCH;

    @ParameterizedTest
    @CsvSource({
        "es, B2, Spanish B2, Espagnol B2",
        "ca, C1, Catalan C1, Catalan C1",
        "de, A2, German A2, Allemand A2",
        "pt, B1, Portuguese B1, Portugais B1",
        "nl, B2, Dutch B2, Néerlandais B2",
        "fr, C2, French C2, Français C2",
    })
    void aWorkingLanguagePrintsAsItsNameInEachLanguageWithItsLevel(String code, String level, String english, String french) {
        assertThat(AgreementWords.language(code, level, EN)).isEqualTo(english);
        assertThat(AgreementWords.language(code, level, FR)).isEqualTo(french);
    }

    @Test
    void aLanguageWithoutLevelIsItsNameAloneAndNoCodeIsNothing() {
        assertThat(AgreementWords.language("it", null, EN)).isEqualTo("Italian");
        assertThat(AgreementWords.language(null, "B2", EN)).isEmpty();
        assertThat(AgreementWords.language(" ", "B2", FR)).isEmpty();
    }

    @Test
    void anUnknownLanguageCodeIsNeverPrintedAsACode() {
        assertThat(AgreementWords.language("zz", "B2", EN)).isEqualTo("Language not stated B2").doesNotContain("zz");
        assertThat(AgreementWords.language("zz", null, FR)).isEqualTo("Langue non précisée");
    }

    @Test
    void bilingualValuesPutEnglishFirstAndSayASameWordOnce() {
        assertThat(AgreementWords.bilingual("Spain", "Espagne")).isEqualTo("Spain / Espagne");
        assertThat(AgreementWords.bilingual("France", "France")).isEqualTo("France");
        assertThat(AgreementWords.bilingual(null, "Espagne")).isEqualTo("Espagne");
        assertThat(AgreementWords.bilingual("Spain", null)).isEqualTo("Spain");
        assertThat(AgreementWords.bilingual(null, null)).isEmpty();
    }

    @Test
    void joinsLeaveOutWhatSaysNothingSoNoNullAndNoDanglingSeparator() {
        assertThat(AgreementWords.join(", ", "Carrer de Montilivi 12", null, "Girona")).isEqualTo("Carrer de Montilivi 12, Girona");
        assertThat(AgreementWords.join(" ; ", null, "null", " ", "")).isEmpty();
        assertThat(AgreementWords.join(" ; ", "Pere Casals", null, "p.casals@example.org")).isEqualTo("Pere Casals ; p.casals@example.org");
        assertThat(AgreementWords.present("null")).isFalse();
    }

    @Test
    void theFieldOfEducationIsItsCodeAndItsNameAndAnUnknownCodeStaysAlone() {
        assertThat(AgreementWords.iscedField("0923", EN)).isEqualTo("0923 — Social work and counselling");
        assertThat(AgreementWords.iscedField("0923", FR)).isEqualTo("0923 — Travail social et orientation");
        assertThat(AgreementWords.iscedField("0922", EN)).isEqualTo("0922 — Child care and youth services");
        assertThat(AgreementWords.iscedField("0111", EN)).isEqualTo("0111");
        assertThat(AgreementWords.iscedField(null, EN)).isEmpty();
    }

    @Test
    void theStudyCycleNamesTheEqfLevel() {
        assertThat(AgreementWords.studyCycle(6, EN)).isEqualTo("Bachelor or equivalent first cycle (EQF level 6)");
        assertThat(AgreementWords.studyCycle(6, FR)).isEqualTo("Licence ou équivalent, premier cycle (niveau 6 du CEC)");
        assertThat(AgreementWords.studyCycle(4, EN)).isEqualTo("EQF level 4");
    }

    @ParameterizedTest
    @EnumSource(Gender.class)
    void everyGenderHasWordsInBothLanguages(Gender gender) {
        assertWords(AgreementWords.gender(gender, EN), AgreementWords.gender(gender, FR), gender.name());
    }

    @ParameterizedTest
    @EnumSource(HostType.class)
    void everyHostTypeHasANaceSectorInWords(HostType type) {
        String english = AgreementWords.sector(type, EN);
        assertWords(english, AgreementWords.sector(type, FR), type.name());
        assertThat(english).matches("[A-U]\\d{2}(\\.\\d{1,2})? — .+");
    }

    @ParameterizedTest
    @EnumSource(HostSize.class)
    void everySizeHasWordsInBothLanguages(HostSize size) {
        assertWords(AgreementWords.size(size, EN), AgreementWords.size(size, FR), size.name());
    }

    @Test
    void genderWordsAreTheBeneficiaryModulesOnes() {
        assertThat(AgreementWords.gender(Gender.FEMALE, EN)).isEqualTo("Female");
        assertThat(AgreementWords.gender(Gender.MALE, FR)).isEqualTo("Homme");
        assertThat(AgreementWords.gender(Gender.UNDEFINED, EN)).isEqualTo("Undefined");
        assertThat(AgreementWords.gender(null, EN)).isEmpty();
    }

    @Test
    void yesAndNoAreWords() {
        assertThat(AgreementWords.yesNo(true, EN)).isEqualTo("Yes");
        assertThat(AgreementWords.yesNo(false, FR)).isEqualTo("Non");
    }

    /** Words, not the key or the code they were made from. */
    private static void assertWords(String english, String french, String code) {
        assertThat(english).isNotBlank().doesNotContain(code).doesNotContain("null").doesNotStartWith("la.");
        assertThat(french).isNotBlank().doesNotContain(code).doesNotContain("null").isNotEqualTo(english);
    }
}
