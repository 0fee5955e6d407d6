package org.retrogistics.transport.planning;

import java.util.Objects;

/** Where vehicles start and end; open from {@code opens} to {@code closes} (the latest return). */
public record Depot(String id, Point point, double opens, double closes) {

    public Depot {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(point, "point");
    }

    public static Depot alwaysOpen(String id, Point point) {
        return new Depot(id, point, 0, Double.POSITIVE_INFINITY);
    }
}
