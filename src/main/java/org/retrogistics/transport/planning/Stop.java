package org.retrogistics.transport.planning;

import java.util.Arrays;
import java.util.Objects;

/**
 * A pickup request: what to collect ({@code demand}, one amount per capacity dimension, e.g. volume and weight), when
 * service may start ({@code earliest}..{@code latest}; arriving early means waiting) and how long it takes.
 */
public record Stop(String id, Point point, int[] demand, double earliest, double latest, double serviceDuration) {

    public Stop {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(point, "point");
        demand = demand.clone();
        if (serviceDuration < 0) throw new IllegalArgumentException("service duration must not be negative: " + id);
    }

    /** A stop that may be served at any time. */
    public static Stop anyTime(String id, Point point, int... demand) {
        return new Stop(id, point, demand, 0, Double.POSITIVE_INFINITY, 0);
    }

    @Override
    public int[] demand() {
        return demand.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Stop s
                && id.equals(s.id)
                && point.equals(s.point)
                && Arrays.equals(demand, s.demand)
                && earliest == s.earliest
                && latest == s.latest
                && serviceDuration == s.serviceDuration;
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "Stop[" + id + " " + point + " demand " + Arrays.toString(demand) + " window " + earliest + ".." + latest
                + " service " + serviceDuration + "]";
    }
}
