package fr.faireess.mobility.grant;

/**
 * The figures of a rate table that apply to one country group, in whole euros: the monthly rate,
 * the traineeship top-up (already zero for international mobility), the fewer-opportunities top-up,
 * the green-travel one-off and the call year's travel support.
 */
public record GrantRates(int monthlyRate, int traineeshipTopUp, int fewerOpportunitiesTopUp, int greenTravelTopUp,
                         TravelSupport travel) {

    /** Figures without travel support amounts. */
    public GrantRates(int monthlyRate, int traineeshipTopUp, int fewerOpportunitiesTopUp, int greenTravelTopUp) {
        this(monthlyRate, traineeshipTopUp, fewerOpportunitiesTopUp, greenTravelTopUp, TravelSupport.NONE);
    }
}
