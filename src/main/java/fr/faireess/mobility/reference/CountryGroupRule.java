package fr.faireess.mobility.reference;

import java.util.NavigableMap;
import java.util.Optional;

import fr.faireess.mobility.platform.error.BusinessException;

/**
 * Which group a country has in a call year, from the years the table holds for it: that year's
 * row; else the latest earlier year's (a new call year keeps the last Guide's groups until an
 * administrator corrects them); else the earliest year's; else the country's own classification.
 * A correction must name a call year of the programme's range, and a group an EEA country can have.
 */
public final class CountryGroupRule {

    public static final int FIRST_YEAR = 2021;
    public static final int LAST_YEAR = 2099;

    private CountryGroupRule() {
    }

    public static ErasmusGroup groupIn(int callYear, NavigableMap<Integer, ErasmusGroup> byYear, ErasmusGroup own) {
        var atOrBefore = byYear.floorEntry(callYear);
        if (atOrBefore != null) {
            return atOrBefore.getValue();
        }
        return byYear.isEmpty() ? own : byYear.firstEntry().getValue();
    }

    /** Why {@code group} cannot be {@code country}'s in {@code callYear}; field names are the page's. */
    public static Optional<BusinessException> refusal(Country country, Integer callYear, ErasmusGroup group) {
        if (callYear == null || callYear < FIRST_YEAR || callYear > LAST_YEAR) {
            return Optional.of(new BusinessException("callYear", "reference.countryYear.yearInvalid",
                    String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR)));
        }
        if (group == null) {
            return Optional.of(new BusinessException("yearGroup", "reference.country.groupRequired"));
        }
        if (country.isEea() && group == ErasmusGroup.INTERNATIONAL) {
            return Optional.of(new BusinessException("yearGroup", "reference.country.eeaNotInternational"));
        }
        return Optional.empty();
    }
}
