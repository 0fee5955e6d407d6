package org.retrogistics.transport.planning;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Turns a benchmark instance into a planning problem and the plan back into routes of customer ids. */
final class BenchmarkPlanning {

    private BenchmarkPlanning() {}

    static PlanningProblem toProblem(BenchmarkInstance inst) {
        TravelMetric metric =
                switch (inst.convention()) {
                    case ROUNDED -> TravelMetric.euclideanRounded();
                    case EXACT -> TravelMetric.euclidean();
                    case TRUNCATED_TENTH -> TravelMetric.euclideanTruncatedToTenth();
                };
        boolean tw = inst.hasTimeWindows();
        Depot depot = new Depot(
                "0",
                new Point(inst.x()[0], inst.y()[0]),
                tw ? inst.ready()[0] : 0,
                tw ? inst.due()[0] : Double.POSITIVE_INFINITY);
        List<Stop> stops = new ArrayList<>();
        for (int c = 1; c <= inst.customers(); c++) {
            stops.add(new Stop(
                    Integer.toString(c),
                    new Point(inst.x()[c], inst.y()[c]),
                    new int[] {inst.demand()[c]},
                    tw ? inst.ready()[c] : 0,
                    tw ? inst.due()[c] : Double.POSITIVE_INFINITY,
                    tw ? inst.service()[c] : 0));
        }
        int fleet = inst.vehicleLimit() > 0 ? inst.vehicleLimit() : inst.customers();
        List<Vehicle> vehicles = new ArrayList<>();
        for (int v = 0; v < fleet; v++) {
            vehicles.add(new Vehicle("v" + v, new int[] {inst.capacity()}, depot.opens(), depot.closes(), depot.id()));
        }
        return new PlanningProblem(List.of(depot), stops, vehicles, metric);
    }

    static List<int[]> routes(Plan plan) {
        List<int[]> routes = new ArrayList<>();
        for (PlannedRoute r : plan.routes()) {
            routes.add(r.visits().stream()
                    .mapToInt(v -> Integer.parseInt(v.stopId()))
                    .toArray());
        }
        return routes;
    }

    static Plan solve(BenchmarkInstance inst, Duration budget, long seed) {
        return new RoutePlanner().plan(toProblem(inst), new PlannerSettings(budget, Long.MAX_VALUE, seed));
    }
}
