package fr.faireess.mobility.grant;

import fr.faireess.mobility.reference.ErasmusGroup;

/**
 * The figures of a rate table that apply to one country group, in whole euros: the monthly rate,
 * the traineeship top-up (already zero for international mobility), the fewer-opportunities top-up,
 * the green-travel one-off and the call year's travel support.
 */
public record GrantRates(int monthlyRate, int traineeshipTopUp, int fewerOpportunitiesTopUp, int greenTravelTopUp,
                         TravelSupport travel) {

    /** A table's figures for a mobility to a country of {@code group}: no traineeship top-up for international mobility. */
    public static GrantRates forGroup(ErasmusGroup group, int monthlyRate, int traineeshipTopUp, int fewerOpportunitiesTopUp,
                                      int greenTravelTopUp, TravelSupport travel) {
        return new GrantRates(monthlyRate, group == ErasmusGroup.INTERNATIONAL ? 0 : traineeshipTopUp, fewerOpportunitiesTopUp,
                greenTravelTopUp, travel);
    }

    /** Figures without travel support amounts. */
    public GrantRates(int monthlyRate, int traineeshipTopUp, int fewerOpportunitiesTopUp, int greenTravelTopUp) {
        this(monthlyRate, traineeshipTopUp, fewerOpportunitiesTopUp, greenTravelTopUp, TravelSupport.NONE);
    }
}
