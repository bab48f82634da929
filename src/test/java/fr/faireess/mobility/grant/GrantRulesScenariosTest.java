package fr.faireess.mobility.grant;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.faireess.mobility.placement.PlacementDuration;
import fr.faireess.mobility.reference.ErasmusDuration;
import fr.faireess.mobility.reference.ErasmusGroup;

/**
 * The grant rules of issue #12 on whole stays: minimum after interruptions, force majeure, travel
 * support by distance band, funded travel days. Figures: group 2 at €770/month, group 1 €820,
 * international €700; top-ups 150 / 250 / 50; travel support amounts of a made-up call year
 * (standard / green per band).
 */
class GrantRulesScenariosTest {

    private static final TravelSupport TRAVEL = new TravelSupport(Map.of(
            DistanceBand.KM_10_99, new TravelSupport.Amounts(28, 56),
            DistanceBand.KM_100_499, new TravelSupport.Amounts(211, 285),
            DistanceBand.KM_500_1999, new TravelSupport.Amounts(309, 417),
            DistanceBand.KM_2000_2999, new TravelSupport.Amounts(395, 535),
            DistanceBand.KM_3000_3999, new TravelSupport.Amounts(580, 785),
            DistanceBand.KM_4000_7999, new TravelSupport.Amounts(1188, 0),
            DistanceBand.KM_8000_PLUS, new TravelSupport.Amounts(1735, 0)));
    private static final GrantRates GROUP_2 = new GrantRates(770, 150, 250, 50, TRAVEL);
    private static final GrantRates INTERNATIONAL = new GrantRates(700, 0, 250, 50, TRAVEL);

    @Test
    void aSixtyFiveDayPlacementWithTenDaysOfInterruptionIsBelowTheMinimum() {
        LocalDate start = LocalDate.of(2026, 3, 1);
        LocalDate end = LocalDate.of(2026, 5, 5);
        assertThat(ErasmusDuration.days(start, end)).isEqualTo(65);
        assertThat(PlacementDuration.refusal(start, end, 0, new PlacementDuration.Stay(10, false), "s", "e")).isPresent();
        GrantFactsForm facts = new GrantFactsForm();
        facts.setInterruptionDays(10);
        assertThat(GrantFactsRule.refusal(facts, 4, 65)).get().extracting(e -> e.messageKey())
                .isEqualTo("grant.facts.belowMinimum");
        // the same ten days as the host's closure count: the stay keeps its 65 days
        facts.setInterruptionDays(0);
        facts.setClosureDays(10);
        assertThat(GrantFactsRule.refusal(facts, 4, 65)).isEmpty();
    }

    @Test
    void anInterruptedThirtyNineDayStayWithForceMajeureIsCertifiedAndPaidForItsActualDays() {
        // planned 1 March → 30 June 2026, interrupted on 9 April: 39 days on the EU count
        LocalDate start = LocalDate.of(2026, 3, 1);
        LocalDate stop = LocalDate.of(2026, 4, 9);
        PlacementDuration.CountedPeriod stopped = PlacementDuration.effective(fr.faireess.mobility.placement.PlacementState.INTERRUPTED,
                start, LocalDate.of(2026, 6, 30), null, null, stop).orElseThrow();
        assertThat(stopped.days()).isEqualTo(39);
        PlacementDuration.Stay forceMajeure = new PlacementDuration.Stay(0, true);
        assertThat(PlacementDuration.refusal(start, stop, 0, PlacementDuration.Stay.NONE, "s", "e")).isPresent();
        assertThat(PlacementDuration.refusal(start, stop, 0, forceMajeure, "s", "e")).as("certified under force majeure").isEmpty();

        GrantBreakdown grant = GrantCalculator.compute(new GrantInput(start, stop, ErasmusGroup.GROUP_2, false, false, 0, 0),
                GROUP_2);
        assertThat(grant.longTerm()).as("planned as a long-term mobility").isTrue();
        assertThat(grant.fundedDays()).isEqualTo(39);
        assertThat(grant.months()).isEqualTo(1);
        assertThat(grant.extraDays()).isEqualTo(9);
        // 770 + 9 × 770 / 30 = 1001.00; 150 + 9 × 5 = 195.00
        assertThat(grant.amount(GrantLineKind.BASE)).isEqualTo(new BigDecimal("1001.00"));
        assertThat(grant.amount(GrantLineKind.TRAINEESHIP)).isEqualTo(new BigDecimal("195.00"));
        assertThat(grant.total()).isEqualTo(new BigDecimal("1196.00"));
    }

    @Test
    void greenTravelWithSixTravelDays() {
        GrantFactsForm facts = new GrantFactsForm();
        facts.setGreenTravel(true);
        facts.setTravelDays(6);
        assertThat(GrantFactsRule.refusal(facts, 4, 90)).isEmpty();
        facts.setGreenTravel(false);
        assertThat(GrantFactsRule.refusal(facts, 4, 90)).get().extracting(e -> e.messageKey())
                .isEqualTo("grant.facts.travelDaysInvalid");

        // 1 March → 30 May 2026 (90 days) + 6 travel days = 96 days: 3 months and 6 days; Barcelona by train, 300 km
        GrantBreakdown grant = GrantCalculator.compute(new GrantInput(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 5, 30),
                ErasmusGroup.GROUP_2, true, false, true, 6, 0, 300), GROUP_2);
        assertThat(grant.fundedDays()).isEqualTo(96);
        assertThat(grant.months()).isEqualTo(3);
        assertThat(grant.extraDays()).isEqualTo(6);
        assertThat(grant.amount(GrantLineKind.BASE)).isEqualTo(new BigDecimal("2464.00"));
        // no travel support inside the programme without fewer opportunities: the green-travel top-up
        assertThat(grant.amount(GrantLineKind.GREEN_TRAVEL)).isEqualTo(new BigDecimal("50.00"));
        assertThat(grant.travelSupport()).isEqualTo(new BigDecimal("0.00"));

        // with fewer opportunities the same journey gets the band's green travel support instead
        GrantBreakdown fewer = GrantCalculator.compute(new GrantInput(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 5, 30),
                ErasmusGroup.GROUP_2, true, true, true, 6, 0, 300), GROUP_2);
        assertThat(fewer.distanceBand()).isEqualTo(DistanceBand.KM_100_499);
        assertThat(fewer.amount(GrantLineKind.GREEN_TRAVEL_SUPPORT)).isEqualTo(new BigDecimal("285.00"));
        assertThat(fewer.amount(GrantLineKind.GREEN_TRAVEL)).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void aPartnerCountryGetsTravelSupportByDistanceBand() {
        // Perpignan → Agadir, about 1,900 km: band 500–1,999 km, by plane (standard amount)
        GrantBreakdown grant = GrantCalculator.compute(new GrantInput(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 30),
                ErasmusGroup.INTERNATIONAL, true, false, false, 2, 0, 1_900), INTERNATIONAL);
        assertThat(grant.lines()).extracting(GrantLine::kind).containsExactly(GrantLineKind.BASE, GrantLineKind.TRAVEL_SUPPORT);
        assertThat(grant.distanceBand()).isEqualTo(DistanceBand.KM_500_1999);
        assertThat(grant.fundedDays()).isEqualTo(122);
        // 4 × 700 + 2 × 700 / 30 = 2846.67; travel 309
        assertThat(grant.individualSupport()).isEqualTo(new BigDecimal("2846.67"));
        assertThat(grant.travelSupport()).isEqualTo(new BigDecimal("309.00"));
        assertThat(grant.total()).isEqualTo(new BigDecimal("3155.67"));
        // a far band without a green amount pays the standard one to a green traveller
        GrantBreakdown far = GrantCalculator.compute(new GrantInput(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 30),
                ErasmusGroup.INTERNATIONAL, true, false, true, 0, 0, 9_000), INTERNATIONAL);
        assertThat(far.amount(GrantLineKind.TRAVEL_SUPPORT)).isEqualTo(new BigDecimal("1735.00"));
    }

    @Test
    void distanceBandsAreTheProgrammeGuides() {
        assertThat(DistanceBand.of(9)).isEmpty();
        assertThat(DistanceBand.of(10)).contains(DistanceBand.KM_10_99);
        assertThat(DistanceBand.of(99)).contains(DistanceBand.KM_10_99);
        assertThat(DistanceBand.of(100)).contains(DistanceBand.KM_100_499);
        assertThat(DistanceBand.of(1999)).contains(DistanceBand.KM_500_1999);
        assertThat(DistanceBand.of(7999)).contains(DistanceBand.KM_4000_7999);
        assertThat(DistanceBand.of(8000)).contains(DistanceBand.KM_8000_PLUS);
        assertThat(DistanceBand.KM_8000_PLUS.label()).isEqualTo("8000 km+");
    }

    @Test
    void aMobilityThatIsNotLongTermCountsCalendarDays() {
        // 1 → 31 March: 31 calendar days (the 30-day-month count would say 30)
        GrantBreakdown grant = GrantCalculator.compute(new GrantInput(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31),
                ErasmusGroup.GROUP_2, false, false, false, 0, 0, null), GROUP_2);
        assertThat(grant.periodDays()).isEqualTo(31);
        assertThat(ErasmusDuration.isLongTerm(59)).isFalse();
        assertThat(ErasmusDuration.isLongTerm(60)).isTrue();
    }

    @Test
    void theGreatCircleDistanceGivesTheBandWhenBothCitiesHaveCoordinates() {
        // Perpignan → Andorra la Vella, Barcelona, Agadir; Montpellier → Montréal
        int andorra = GreatCircle.km(42.698611, 2.895556, 42.506317, 1.521835);
        int barcelona = GreatCircle.km(42.698611, 2.895556, 41.385064, 2.173404);
        int agadir = GreatCircle.km(42.698611, 2.895556, 30.427755, -9.598107);
        int montreal = GreatCircle.km(43.611944, 3.877222, 45.501689, -73.567256);
        assertThat(andorra).isBetween(110, 120);
        assertThat(barcelona).isBetween(150, 165);
        assertThat(agadir).isBetween(1700, 1800);
        assertThat(montreal).isBetween(5800, 6000);
        assertThat(DistanceBand.of(andorra)).contains(DistanceBand.KM_100_499);
        assertThat(DistanceBand.of(agadir)).contains(DistanceBand.KM_500_1999);
        assertThat(DistanceBand.of(montreal)).contains(DistanceBand.KM_4000_7999);
        assertThat(GreatCircle.km(null, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE)).isEmpty();
    }
}
