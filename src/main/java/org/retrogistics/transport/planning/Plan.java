package org.retrogistics.transport.planning;

import java.util.List;

/** The result: one route per vehicle used, their total distance, and the requests left out with their reasons. */
public record Plan(List<PlannedRoute> routes, double totalDistance, List<UnservedStop> unserved) {

    public Plan {
        routes = List.copyOf(routes);
        unserved = List.copyOf(unserved);
    }
}
