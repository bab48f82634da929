package fr.faireess.mobility.reference;

import java.util.Optional;

import fr.faireess.mobility.platform.error.BusinessException;

/**
 * What a country's classification must respect. The groups themselves are data (the Programme Guide
 * of each call year, verify), so the only rule is one of consistency: every EEA country (the EU
 * member states, Iceland, Liechtenstein, Norway) takes part in Erasmus+ as a programme country, so it
 * belongs to group 1, 2 or 3, never to international mobility.
 */
public final class CountryRule {

    private CountryRule() {
    }

    /** Why {@code form} cannot be saved; field names are those of the country page. */
    public static Optional<BusinessException> refusal(CountryForm form) {
        if (form.getErasmusGroup() == null) {
            return Optional.of(new BusinessException("erasmusGroup", "reference.country.groupRequired"));
        }
        if (form.isEea() && form.getErasmusGroup() == ErasmusGroup.INTERNATIONAL) {
            return Optional.of(new BusinessException("erasmusGroup", "reference.country.eeaNotInternational"));
        }
        return Optional.empty();
    }
}
