package org.retrogistics.transport.planning;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What to plan: depots, pickup stops, vehicles, how to measure travel, and for re-planning during the day the stops
 * each vehicle has already visited (vehicle id to stop ids in visiting order), which stay at the start of its route.
 */
public record PlanningProblem(
        List<Depot> depots,
        List<Stop> stops,
        List<Vehicle> vehicles,
        TravelMetric metric,
        Map<String, List<String>> visitedByVehicle) {

    public PlanningProblem {
        depots = List.copyOf(depots);
        stops = List.copyOf(stops);
        vehicles = List.copyOf(vehicles);
        Objects.requireNonNull(metric, "metric");
        visitedByVehicle = Map.copyOf(visitedByVehicle);
    }

    public PlanningProblem(List<Depot> depots, List<Stop> stops, List<Vehicle> vehicles, TravelMetric metric) {
        this(depots, stops, vehicles, metric, Map.of());
    }
}
