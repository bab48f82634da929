package fr.faireess.mobility.grant;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import fr.faireess.mobility.reference.ErasmusGroup;

/**
 * A call year's travel support: per distance band a standard and a green amount (whole euros, once
 * per mobility), and who gets it. Eligibility (verify each call year's Programme Guide): a
 * long-term student traineeship gets travel support when it goes to a partner country
 * (international mobility) or when the student has fewer opportunities; the others travelling
 * green get the green-travel top-up instead.
 */
public record TravelSupport(Map<DistanceBand, Amounts> bands) {

    /** No amounts at all (a table without travel support yet). */
    public static final TravelSupport NONE = new TravelSupport(Map.of());

    /** A band's amounts; a green amount of zero means the band has none (the standard one applies). */
    public record Amounts(int standard, int green) {
        public int forTravel(boolean greenTravel) {
            return greenTravel && green > 0 ? green : standard;
        }
    }

    public TravelSupport {
        bands = bands.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(bands));
    }

    public static boolean eligible(ErasmusGroup group, boolean fewerOpportunities) {
        return group == ErasmusGroup.INTERNATIONAL || fewerOpportunities;
    }

    /** The amount of a band for this travel, if the table has one above zero. */
    public Optional<Integer> amount(DistanceBand band, boolean greenTravel) {
        return Optional.ofNullable(bands.get(band)).map(a -> a.forTravel(greenTravel)).filter(a -> a > 0);
    }
}
