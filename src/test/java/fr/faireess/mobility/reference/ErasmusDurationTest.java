package fr.faireess.mobility.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ErasmusDurationTest {

    @ParameterizedTest(name = "{0} → {1} = {2} days")
    @CsvSource({
            "2023-01-01, 2023-04-15, 105",   // the European Commission's own example
            "2026-02-15, 2026-03-15, 31",    // February counts as 30 days when crossed
            "2026-02-01, 2026-02-28, 28",    // …but not inside February
            "2024-02-01, 2024-02-29, 29",    // leap year, inside February
            "2026-01-31, 2026-03-01, 32",    // the 31st counts as the 30th
            "2026-03-01, 2026-03-31, 30",
            "2026-09-01, 2027-08-31, 360",   // a full academic year is twelve months
            "2026-12-15, 2027-01-14, 30",    // over the year boundary
            "2026-10-05, 2026-10-05, 1",
            "2026-09-01, 2026-10-30, 60",    // the minimum exactly
            "2026-09-01, 2026-10-29, 59",
            "2026-09-01, 2027-09-01, 361"    // one day too many
    })
    void countsDaysTheWayTheBeneficiaryModuleDoes(LocalDate start, LocalDate end, int days) {
        assertThat(ErasmusDuration.days(start, end)).isEqualTo(days);
    }

    @Test
    void anEndBeforeTheStartIsNotADuration() {
        assertThatThrownBy(() -> ErasmusDuration.days(LocalDate.of(2026, 5, 2), LocalDate.of(2026, 5, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
