package org.retrogistics.transport.planning;

import java.util.List;

/** One vehicle's milk run: leaves the depot, visits the stops in order, returns; {@code load} per dimension. */
public record PlannedRoute(
        String vehicleId,
        double departure,
        List<Visit> visits,
        double returnTime,
        double distance,
        List<Integer> load) {

    public PlannedRoute {
        visits = List.copyOf(visits);
        load = List.copyOf(load);
    }
}
