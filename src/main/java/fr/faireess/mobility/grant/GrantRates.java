package fr.faireess.mobility.grant;

/**
 * The figures of a rate table that apply to one country group, in whole euros: the monthly rate,
 * the traineeship top-up (already zero for international mobility), the fewer-opportunities top-up
 * and the green-travel one-off.
 */
public record GrantRates(int monthlyRate, int traineeshipTopUp, int fewerOpportunitiesTopUp, int greenTravelTopUp) {
}
