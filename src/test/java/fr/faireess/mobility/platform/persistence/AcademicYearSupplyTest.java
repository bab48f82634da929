package fr.faireess.mobility.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import fr.faireess.mobility.platform.config.SchoolYear.Span;

class AcademicYearSupplyTest {

    private static final LocalDate END_OF_2027_2028 = LocalDate.of(2028, 8, 31);

    @Test
    void nothingIsAddedWhileTheNextYearExists() {
        assertThat(AcademicYearSupply.missing(END_OF_2027_2028, LocalDate.of(2026, 12, 4))).isEmpty();
        assertThat(AcademicYearSupply.missing(END_OF_2027_2028, LocalDate.of(2027, 8, 31))).isEmpty();
    }

    @Test
    void theYearAfterTheCurrentOneIsAddedAsSoonAsTheCurrentOneStarts() {
        assertThat(AcademicYearSupply.missing(END_OF_2027_2028, LocalDate.of(2027, 9, 1)))
                .containsExactly(new Span("2028-2029", LocalDate.of(2028, 9, 1), LocalDate.of(2029, 8, 31)));
    }

    @Test
    void aCopyStartedYearsLaterGetsEveryYearInBetweenWithoutAHole() {
        assertThat(AcademicYearSupply.missing(END_OF_2027_2028, LocalDate.of(2029, 12, 4)))
                .extracting(Span::code).containsExactly("2028-2029", "2029-2030", "2030-2031");
    }

    @Test
    void aYearFollowsTheLastOneEvenWhenAnAdministratorChoseOtherDates() {
        assertThat(AcademicYearSupply.missing(LocalDate.of(2028, 7, 14), LocalDate.of(2028, 1, 8)))
                .containsExactly(new Span("2028-2029", LocalDate.of(2028, 7, 15), LocalDate.of(2029, 7, 14)));
    }

    @Test
    void anEmptyTableIsLeftToTheMigrations() {
        assertThat(AcademicYearSupply.missing(null, LocalDate.of(2028, 1, 8))).isEmpty();
    }
}
