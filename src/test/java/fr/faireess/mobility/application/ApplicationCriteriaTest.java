package fr.faireess.mobility.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The review list's address read and written as the list page does, for the exports. */
class ApplicationCriteriaTest {

    private static Optional<ApplicationCriteria> parse(String query) {
        Map<String, String> parameters = new HashMap<>();
        for (String pair : query.split("&")) {
            if (!pair.isEmpty()) {
                String[] kv = pair.split("=", 2);
                parameters.putIfAbsent(kv[0], kv.length > 1 ? kv[1] : "");
            }
        }
        return ApplicationCriteria.parse(parameters::get);
    }

    @Test
    void everyFilterAndTheOrderComeFromTheAddress() {
        ApplicationCriteria criteria = parse("call=12&campus=PERPIGNAN&programme=ES&year=2&status=SUBMITTED&country=DE&sort=NAME")
                .orElseThrow();
        assertThat(criteria).isEqualTo(new ApplicationCriteria(12L, "PERPIGNAN", "ES", 2, ApplicationStatus.SUBMITTED, "DE",
                ApplicationCriteria.Sort.NAME));
        assertThat(criteria.toQuery())
                .isEqualTo("call=12&campus=PERPIGNAN&programme=ES&year=2&status=SUBMITTED&country=DE&sort=NAME");
    }

    @Test
    void blankOrMissingMeansNoFilterAndTheListsDefaultOrderAndOtherParametersAreIgnored() {
        ApplicationCriteria criteria = parse("call=&campus=&year= &status=&utm_source=mail").orElseThrow();
        assertThat(criteria).isEqualTo(new ApplicationCriteria(null, null, null, null, null, null,
                ApplicationCriteria.Sort.SUBMITTED));
        assertThat(criteria.toQuery()).isEqualTo("sort=SUBMITTED");
        assertThat(parse(" call= 7 ".replace(" call", "call")).orElseThrow().callId()).isEqualTo(7L);
    }

    @ParameterizedTest
    @CsvSource({"call=abc", "call=1.5", "year=deux", "status=submitted", "status=UNKNOWN", "sort=RANDOM",
            "call=99999999999999999999"})
    void aParameterThatDoesNotParseMakesTheAddressMalformed(String query) {
        assertThat(parse(query)).isEmpty();
    }

    @Test
    void aCampusProgrammeOrCountryNobodyHasIsAFilterThatMatchesNothingNotAnError() {
        ApplicationCriteria criteria = parse("campus=ATLANTIS&country=ZZ").orElseThrow();
        assertThat(criteria.campus()).isEqualTo("ATLANTIS");
        assertThat(criteria.country()).isEqualTo("ZZ");
    }

    @Test
    void valuesAreEncodedInTheQuery() {
        assertThat(new ApplicationCriteria(null, "A&B", null, null, null, null, null).toQuery())
                .isEqualTo("campus=A%26B&sort=SUBMITTED");
    }

    @Test
    void theNameSearchTravelsInTheAddressTrimmedAndCut() {
        ApplicationCriteria criteria = parse("q=%20Garcia%20&sort=NAME".replace("%20", " ")).orElseThrow();
        assertThat(criteria.name()).isEqualTo("Garcia");
        assertThat(criteria.toQuery()).isEqualTo("sort=NAME&q=Garcia");
        assertThat(parse("q=").orElseThrow().name()).isNull();
        assertThat(ApplicationCriteria.nameSearch("x".repeat(500))).hasSize(ApplicationCriteria.NAME_MAX);
    }

    @Test
    void theLikePatternTakesTheUsersWildcardsLiterally() {
        assertThat(ApplicationCriteria.likePattern("Émma")).isEqualTo("%émma%");
        assertThat(ApplicationCriteria.likePattern("50%_a!")).isEqualTo("%50!%!_a!!%");
    }
}
