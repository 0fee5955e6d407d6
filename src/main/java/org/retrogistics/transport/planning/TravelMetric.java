package org.retrogistics.transport.planning;

/**
 * Distance (the cost to minimise) and travel time between two points. The benchmark sets each fix their own
 * rounding, and costs are only comparable under the same one, so the conventions are named here.
 */
public interface TravelMetric {

    double distance(Point from, Point to);

    /** Travel time in the unit of the time windows; by default one distance unit takes one time unit. */
    default double travelTime(Point from, Point to) {
        return distance(from, to);
    }

    /** TSPLIB EUC_2D: Euclidean distance rounded to the nearest integer (CVRP sets A, B, P, X). */
    static TravelMetric euclideanRounded() {
        return (a, b) -> Math.floor(Math.hypot(a.x() - b.x(), a.y() - b.y()) + 0.5);
    }

    /** Real Euclidean distance, no rounding (CMT). */
    static TravelMetric euclidean() {
        return (a, b) -> Math.hypot(a.x() - b.x(), a.y() - b.y());
    }

    /**
     * Euclidean distance truncated to one decimal (Solomon and Gehring–Homberger as published with their
     * distance-only best-known solutions). Computed on the squared distance so that exact tenths do not fall one
     * tenth short through floating-point error.
     */
    static TravelMetric euclideanTruncatedToTenth() {
        return (a, b) -> {
            double dx = a.x() - b.x();
            double dy = a.y() - b.y();
            double hundredSquared = 100 * (dx * dx + dy * dy);
            long tenths = (long) Math.sqrt(hundredSquared);
            while ((double) (tenths + 1) * (tenths + 1) <= hundredSquared) tenths++;
            while ((double) tenths * tenths > hundredSquared) tenths--;
            return tenths / 10.0;
        };
    }

    /** Great-circle kilometres between latitude/longitude points, driven at a constant speed. */
    static TravelMetric haversineKm(double kmPerTimeUnit) {
        if (!(kmPerTimeUnit > 0)) throw new IllegalArgumentException("speed must be positive");
        return new TravelMetric() {
            @Override
            public double distance(Point a, Point b) {
                double lat1 = Math.toRadians(a.latitude());
                double lat2 = Math.toRadians(b.latitude());
                double dLat = lat2 - lat1;
                double dLon = Math.toRadians(b.longitude() - a.longitude());
                double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                        + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
                return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
            }

            @Override
            public double travelTime(Point a, Point b) {
                return distance(a, b) / kmPerTimeUnit;
            }
        };
    }
}
