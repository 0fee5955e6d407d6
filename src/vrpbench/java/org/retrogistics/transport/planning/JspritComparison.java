package org.retrogistics.transport.planning;

import com.graphhopper.jsprit.core.algorithm.VehicleRoutingAlgorithm;
import com.graphhopper.jsprit.core.algorithm.box.Jsprit;
import com.graphhopper.jsprit.core.algorithm.termination.TimeTermination;
import com.graphhopper.jsprit.core.problem.Location;
import com.graphhopper.jsprit.core.problem.VehicleRoutingProblem;
import com.graphhopper.jsprit.core.problem.job.Service;
import com.graphhopper.jsprit.core.problem.solution.VehicleRoutingProblemSolution;
import com.graphhopper.jsprit.core.problem.solution.route.VehicleRoute;
import com.graphhopper.jsprit.core.problem.solution.route.activity.TimeWindow;
import com.graphhopper.jsprit.core.problem.solution.route.activity.TourActivity;
import com.graphhopper.jsprit.core.problem.vehicle.VehicleImpl;
import com.graphhopper.jsprit.core.problem.vehicle.VehicleType;
import com.graphhopper.jsprit.core.problem.vehicle.VehicleTypeImpl;
import com.graphhopper.jsprit.core.util.Solutions;
import com.graphhopper.jsprit.core.util.VehicleRoutingTransportCostsMatrix;
import java.util.ArrayList;
import java.util.List;

/**
 * jsprit on its standard algorithm (Jsprit.createAlgorithm defaults, one thread) with a time limit, on the same
 * rounded/truncated distance matrix as our planner, so both solve the same problem.
 */
final class JspritComparison {

    record Outcome(List<int[]> routes, double cost, int unassigned, long iterations) {}

    static Outcome solve(BenchmarkInstance inst, long budgetMillis) {
        int nodes = inst.customers() + 1;
        VehicleRoutingTransportCostsMatrix.Builder matrix = VehicleRoutingTransportCostsMatrix.Builder.newInstance(false);
        for (int a = 0; a < nodes; a++) {
            for (int b = 0; b < nodes; b++) {
                if (a == b) continue;
                double d = FeasibilityChecker.arc(inst, a, b);
                matrix.addTransportDistance(Integer.toString(a), Integer.toString(b), d);
                matrix.addTransportTime(Integer.toString(a), Integer.toString(b), d);
            }
        }
        boolean tw = inst.hasTimeWindows();
        VehicleType type = VehicleTypeImpl.Builder.newInstance("truck")
                .addCapacityDimension(0, inst.capacity())
                .setCostPerDistance(1)
                .setCostPerTransportTime(0)
                .setCostPerWaitingTime(0)
                .setCostPerServiceTime(0)
                .setFixedCost(0)
                .build();
        Location depot = Location.newInstance("0");
        VehicleRoutingProblem.Builder builder = VehicleRoutingProblem.Builder.newInstance();
        int fleet = inst.vehicleLimit() > 0 ? inst.vehicleLimit() : 1;
        builder.setFleetSize(
                inst.vehicleLimit() > 0
                        ? VehicleRoutingProblem.FleetSize.FINITE
                        : VehicleRoutingProblem.FleetSize.INFINITE);
        for (int v = 0; v < fleet; v++) {
            VehicleImpl.Builder vehicle = VehicleImpl.Builder.newInstance("v" + v)
                    .setStartLocation(depot)
                    .setType(type)
                    .setReturnToDepot(true);
            if (tw) vehicle.setEarliestStart(inst.ready()[0]).setLatestArrival(inst.due()[0]);
            builder.addVehicle(vehicle.build());
        }
        for (int c = 1; c < nodes; c++) {
            Service.Builder service = Service.Builder.newInstance(Integer.toString(c))
                    .addSizeDimension(0, inst.demand()[c])
                    .setLocation(Location.newInstance(Integer.toString(c)));
            if (tw) {
                service.setServiceTime(inst.service()[c]).setTimeWindow(TimeWindow.newInstance(inst.ready()[c], inst.due()[c]));
            }
            builder.addJob(service.build());
        }
        builder.setRoutingCost(matrix.build());
        VehicleRoutingProblem vrp = builder.build();
        VehicleRoutingAlgorithm algorithm = Jsprit.Builder.newInstance(vrp)
                .setProperty(Jsprit.Parameter.THREADS, "1")
                .buildAlgorithm();
        algorithm.setMaxIterations(Integer.MAX_VALUE);
        TimeTermination time = new TimeTermination(budgetMillis);
        algorithm.setPrematureAlgorithmTermination(time);
        algorithm.addListener(time);
        long[] iterations = {0};
        algorithm.addListener((com.graphhopper.jsprit.core.algorithm.listener.IterationEndsListener)
                (i, problem, solutions) -> iterations[0] = i);
        VehicleRoutingProblemSolution best = Solutions.bestOf(algorithm.searchSolutions());
        List<int[]> routes = new ArrayList<>();
        for (VehicleRoute route : best.getRoutes()) {
            routes.add(route.getActivities().stream()
                    .map(TourActivity::getLocation)
                    .mapToInt(l -> Integer.parseInt(l.getId()))
                    .toArray());
        }
        return new Outcome(routes, best.getCost(), best.getUnassignedJobs().size(), iterations[0]);
    }

    private JspritComparison() {}
}
