package org.retrogistics.transport.planning;

import java.util.Arrays;
import java.util.Objects;

/** A vehicle with its capacity (same dimensions as the stops' demand), its shift and the depot it runs from. */
public record Vehicle(String id, int[] capacity, double shiftStart, double shiftEnd, String depotId) {

    public Vehicle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(depotId, "depotId");
        capacity = capacity.clone();
    }

    @Override
    public int[] capacity() {
        return capacity.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Vehicle v
                && id.equals(v.id)
                && Arrays.equals(capacity, v.capacity)
                && shiftStart == v.shiftStart
                && shiftEnd == v.shiftEnd
                && depotId.equals(v.depotId);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "Vehicle[" + id + " capacity " + Arrays.toString(capacity) + " shift " + shiftStart + ".." + shiftEnd
                + " depot " + depotId + "]";
    }
}
