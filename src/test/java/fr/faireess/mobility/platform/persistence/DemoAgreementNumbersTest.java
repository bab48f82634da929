package fr.faireess.mobility.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DemoAgreementNumbersTest {

    @Test
    void aNumberThatBeginsWithItsRowsFormerCallYearFollowsIt() {
        assertThat(DemoAgreementNumbers.moved("2026-1-FR01-KA131-HED-000099002", 2027, 1))
                .contains("2027-1-FR01-KA131-HED-000099002");
        assertThat(DemoAgreementNumbers.moved("2026-1-FR01-KA131-HED-000099003", 2029, 3))
                .contains("2029-1-FR01-KA131-HED-000099003");
    }

    @Test
    void otherNumbersStayAsTheyAre() {
        // Already the row's year (written after the move), a token the calendar renders, or another shape.
        assertThat(DemoAgreementNumbers.moved("2027-1-FR01-KA131-HED-000099002", 2027, 1)).isEmpty();
        assertThat(DemoAgreementNumbers.moved("{{year:2025}}-1-FR01-KA131-HED-000099001", 2026, 1)).isEmpty();
        assertThat(DemoAgreementNumbers.moved("FR-2026-KA131", 2027, 1)).isEmpty();
        assertThat(DemoAgreementNumbers.moved("20261-FR01", 2027, 1)).isEmpty();
    }
}
