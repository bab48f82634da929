package fr.faireess.mobility.grant;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The great-circle distance between two points of the Earth (haversine formula on a sphere of the
 * mean Earth radius), in whole km — how the European Commission's distance calculator measures the
 * one-way distance of a mobility, to within the rounding of a band.
 */
public final class GreatCircle {

    static final double EARTH_RADIUS_KM = 6371.0088;

    private GreatCircle() {
    }

    public static int km(double lat1, double lon1, double lat2, double lon2) {
        double phi1 = Math.toRadians(lat1);
        double phi2 = Math.toRadians(lat2);
        double dPhi = Math.toRadians(lat2 - lat1);
        double dLambda = Math.toRadians(lon2 - lon1);
        double h = Math.pow(Math.sin(dPhi / 2), 2) + Math.cos(phi1) * Math.cos(phi2) * Math.pow(Math.sin(dLambda / 2), 2);
        return (int) Math.round(2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h))));
    }

    /** The distance when both points are known. */
    public static Optional<Integer> km(BigDecimal lat1, BigDecimal lon1, BigDecimal lat2, BigDecimal lon2) {
        if (lat1 == null || lon1 == null || lat2 == null || lon2 == null) {
            return Optional.empty();
        }
        return Optional.of(km(lat1.doubleValue(), lon1.doubleValue(), lat2.doubleValue(), lon2.doubleValue()));
    }
}
