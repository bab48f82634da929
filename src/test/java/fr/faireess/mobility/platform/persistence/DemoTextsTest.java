package fr.faireess.mobility.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DemoTextsTest {

    private static final DemoCalendar.Shift NONE = new DemoCalendar.Shift(0, 0);
    private static final DemoCalendar.Shift A_YEAR_ON = new DemoCalendar.Shift(406, 1);

    @Test
    void yearsAndAcademicYearsMoveByWholeYears() {
        assertThat(DemoTexts.render("Stages Erasmus+ {{ay:2026-2027}} — appel principal", A_YEAR_ON))
                .isEqualTo("Stages Erasmus+ 2027-2028 — appel principal");
        assertThat(DemoTexts.render("{{year:2025}}-1-FR01-KA131-HED-000099001", A_YEAR_ON))
                .isEqualTo("2026-1-FR01-KA131-HED-000099001");
        assertThat(DemoTexts.render("{{ay:2026-2027}}", NONE)).isEqualTo("2026-2027");
    }

    @Test
    void daysMoveByTheDemosDaysAndAreWrittenInFrench() {
        assertThat(DemoTexts.render("le {{date:2026-12-04|EEEE d MMMM}} à 17 h", NONE)).isEqualTo("le vendredi 4 décembre à 17 h");
        assertThat(DemoTexts.render("le {{date:2026-12-04|EEEE d MMMM}} à 17 h", A_YEAR_ON)).isEqualTo("le vendredi 14 janvier à 17 h");
        assertThat(DemoTexts.render("Période : {{date:2027-01-18}} – {{date:2027-06-15}}", A_YEAR_ON))
                .isEqualTo("Période : 2028-02-28 – 2028-07-25");
    }

    @Test
    void textsWithoutTokensAreLeftAlone() {
        assertThat(DemoTexts.hasToken("Rue du 29 Février, {2026}")).isFalse();
        assertThat(DemoTexts.render("Rue du 29 Février", A_YEAR_ON)).isEqualTo("Rue du 29 Février");
        assertThat(DemoTexts.render(null, A_YEAR_ON)).isNull();
    }
}
