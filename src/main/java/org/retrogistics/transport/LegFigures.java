package org.retrogistics.transport;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.retrogistics.shared.Money;

/** The arithmetic of a leg: distance between two sites, cost, CO2e, and the cost shared over the units it carried. */
public final class LegFigures {

    private static final double EARTH_RADIUS_KM = 6371.0088;

    private LegFigures() {}

    /** Great-circle distance in km (haversine, mean Earth radius). */
    public static double greatCircleKm(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /** The travelled distance estimated from the great circle: times the mode's circuity factor, to 0.1 km. */
    public static BigDecimal estimatedKm(double lat1, double lon1, double lat2, double lon2, BigDecimal circuity) {
        return BigDecimal.valueOf(greatCircleKm(lat1, lon1, lat2, lon2))
                .multiply(circuity)
                .setScale(1, RoundingMode.HALF_EVEN);
    }

    /** Cost of a leg: the rate per km times the distance, in the currency's minor unit. */
    public static Money cost(BigDecimal distanceKm, BigDecimal ratePerKm, String currency) {
        return Money.of(distanceKm.multiply(ratePerKm), currency);
    }

    /** CO2e in kg: km × tonnes × grams per tonne-km / 1000, to the gram. */
    public static BigDecimal co2eKg(BigDecimal distanceKm, long grams, BigDecimal gramsPerTonneKm) {
        BigDecimal factor = gramsPerTonneKm == null ? BigDecimal.ZERO : gramsPerTonneKm;
        // grams of goods / 1e6 = tonnes; grams of CO2e / 1e3 = kg
        return distanceKm
                .multiply(BigDecimal.valueOf(grams))
                .multiply(factor)
                .divide(BigDecimal.valueOf(1_000_000_000L), 3, RoundingMode.HALF_EVEN);
    }

    /**
     * The cost shared equally over {@code units} units, exactly: every share is the cost divided down to the minor
     * unit, and the cents left over go one each to the first units in the order given, so the shares add up to the
     * cost.
     */
    public static List<Money> shares(Money cost, int units) {
        return units <= 0 ? List.of() : cost.split(units);
    }
}
