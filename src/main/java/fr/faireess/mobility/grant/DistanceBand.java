package fr.faireess.mobility.grant;

import java.util.Optional;

/**
 * The Programme Guide's distance bands of travel support (one-way great-circle distance between the
 * sending and the receiving city, as the European Commission's distance calculator gives it). The
 * bands are the Guide's; their amounts are data, per call year ({@link TravelSupport}). Under 10 km
 * there is no travel support.
 */
public enum DistanceBand {
    KM_10_99(10, 99),
    KM_100_499(100, 499),
    KM_500_1999(500, 1999),
    KM_2000_2999(2000, 2999),
    KM_3000_3999(3000, 3999),
    KM_4000_7999(4000, 7999),
    KM_8000_PLUS(8000, Integer.MAX_VALUE);

    private final int fromKm;
    private final int toKm;

    DistanceBand(int fromKm, int toKm) {
        this.fromKm = fromKm;
        this.toKm = toKm;
    }

    /** The band of a one-way distance in km; none under 10 km. */
    public static Optional<DistanceBand> of(int km) {
        for (DistanceBand band : values()) {
            if (km >= band.fromKm && km <= band.toKm) {
                return Optional.of(band);
            }
        }
        return Optional.empty();
    }

    public int fromKm() { return fromKm; }

    public boolean isOpenEnded() { return toKm == Integer.MAX_VALUE; }

    public int toKm() { return toKm; }

    /** The band as the BM and the pages write it: {@code 100-499 km}, {@code 8000 km+}. */
    public String label() {
        return isOpenEnded() ? fromKm + " km+" : fromKm + "-" + toKm + " km";
    }
}
