package org.retrogistics.transport.planning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Plans pickup routes (milk runs): which vehicle collects which stops in which order, within capacity, time windows
 * and shifts, for the least total distance. Requests no plan could ever serve are found before the search and
 * reported with their reason, as are those left over when the fleet is full.
 */
public final class RoutePlanner {

    public Plan plan(PlanningProblem problem, PlannerSettings settings) {
        Map<String, Depot> depots = new HashMap<>();
        for (Depot d : problem.depots()) {
            if (depots.put(d.id(), d) != null) throw new IllegalArgumentException("duplicate depot id " + d.id());
        }
        Set<String> visited = checkedVisits(problem, depots);

        List<Stop> customers = new ArrayList<>();
        List<UnservedStop> unserved = new ArrayList<>();
        for (Stop s : problem.stops()) {
            if (visited.contains(s.id())) {
                customers.add(s);
                continue;
            }
            UnservedReason reason = whyNeverServable(s, problem, depots);
            if (reason == null) customers.add(s);
            else unserved.add(new UnservedStop(s.id(), reason));
        }

        CompiledProblem compiled = compile(problem, depots, customers, visited);
        StringRemovalSearch.Result result = new StringRemovalSearch(compiled, settings.seed())
                .run(settings.timeLimit().toNanos(), settings.maxIterations());

        List<Vehicle> vehicles = problem.vehicles();
        List<PlannedRoute> routes = new ArrayList<>();
        double total = 0;
        for (int v = 0; v < vehicles.size(); v++) {
            int[] route = result.routes()[v];
            if (route.length == 0) continue;
            PlannedRoute planned = describe(compiled, v, route, vehicles.get(v).id(), customers);
            routes.add(planned);
            total += planned.distance();
        }
        for (int c : result.unassigned()) {
            unserved.add(new UnservedStop(customers.get(c).id(), UnservedReason.NO_ROOM_LEFT));
        }
        return new Plan(routes, total, unserved);
    }

    /** Checks ids and dimensions; answers the stops already visited, each on one known vehicle. */
    private static Set<String> checkedVisits(PlanningProblem problem, Map<String, Depot> depots) {
        Map<String, Stop> stopsById = new HashMap<>();
        for (Stop s : problem.stops()) {
            if (stopsById.put(s.id(), s) != null) throw new IllegalArgumentException("duplicate stop id " + s.id());
        }
        int dims = dimensions(problem);
        Set<String> vehicleIds = new HashSet<>();
        for (Vehicle v : problem.vehicles()) {
            if (!vehicleIds.add(v.id())) throw new IllegalArgumentException("duplicate vehicle id " + v.id());
            if (!depots.containsKey(v.depotId()))
                throw new IllegalArgumentException("vehicle " + v.id() + " runs from unknown depot " + v.depotId());
            if (v.capacity().length != dims)
                throw new IllegalArgumentException("vehicle " + v.id() + " has " + v.capacity().length
                        + " capacity dimensions, stops have " + dims);
        }
        for (Stop s : problem.stops()) {
            if (s.demand().length != dims)
                throw new IllegalArgumentException("stop " + s.id() + " has another number of demand dimensions");
        }
        Set<String> visited = new HashSet<>();
        for (var e : problem.visitedByVehicle().entrySet()) {
            if (!vehicleIds.contains(e.getKey()))
                throw new IllegalArgumentException("visited stops given for unknown vehicle " + e.getKey());
            for (String id : e.getValue()) {
                if (!stopsById.containsKey(id)) throw new IllegalArgumentException("unknown visited stop " + id);
                if (!visited.add(id)) throw new IllegalArgumentException("stop " + id + " visited twice");
            }
        }
        return visited;
    }

    private static int dimensions(PlanningProblem problem) {
        return problem.stops().isEmpty()
                ? (problem.vehicles().isEmpty() ? 1 : problem.vehicles().get(0).capacity().length)
                : problem.stops().get(0).demand().length;
    }

    /** The servable customers (nodes 0..n-1) and the depots after them as primitive arrays, and the fleet. */
    private static CompiledProblem compile(
            PlanningProblem problem, Map<String, Depot> depots, List<Stop> customers, Set<String> visited) {
        int dims = dimensions(problem);
        int n = customers.size();
        List<Depot> depotList = problem.depots();
        int nodes = n + depotList.size();
        List<Point> points = new ArrayList<>(nodes);
        customers.forEach(s -> points.add(s.point()));
        depotList.forEach(d -> points.add(d.point()));
        double[] dist = new double[nodes * nodes];
        double[] time = new double[nodes * nodes];
        for (int a = 0; a < nodes; a++) {
            for (int b = 0; b < nodes; b++) {
                dist[a * nodes + b] = a == b ? 0 : problem.metric().distance(points.get(a), points.get(b));
                time[a * nodes + b] = a == b ? 0 : problem.metric().travelTime(points.get(a), points.get(b));
            }
        }
        int[] demand = new int[n * dims];
        double[] earliest = new double[nodes];
        double[] latest = new double[nodes];
        double[] service = new double[nodes];
        Map<String, Integer> nodeOf = new HashMap<>();
        for (int c = 0; c < n; c++) {
            Stop s = customers.get(c);
            nodeOf.put(s.id(), c);
            System.arraycopy(s.demand(), 0, demand, c * dims, dims);
            earliest[c] = s.earliest();
            // A visited stop's window no longer matters: the visit happened.
            latest[c] = visited.contains(s.id()) ? Double.POSITIVE_INFINITY : s.latest();
            service[c] = s.serviceDuration();
        }
        Map<String, Integer> depotNode = new HashMap<>();
        for (int d = 0; d < depotList.size(); d++) {
            depotNode.put(depotList.get(d).id(), n + d);
            latest[n + d] = Double.POSITIVE_INFINITY;
        }
        return new CompiledProblem(
                new CompiledProblem.Nodes(n, dims, dist, time, demand, earliest, latest, service),
                fleet(problem, depots, depotNode, nodeOf, dims));
    }

    private static CompiledProblem.Fleet fleet(
            PlanningProblem problem,
            Map<String, Depot> depots,
            Map<String, Integer> depotNode,
            Map<String, Integer> nodeOf,
            int dims) {
        List<Vehicle> vehicles = problem.vehicles();
        int[] vehicleDepot = new int[vehicles.size()];
        int[] capacity = new int[vehicles.size() * dims];
        double[] start = new double[vehicles.size()];
        double[] end = new double[vehicles.size()];
        int[][] fixedStart = new int[vehicles.size()][];
        for (int v = 0; v < vehicles.size(); v++) {
            Vehicle vehicle = vehicles.get(v);
            Depot depot = depots.get(vehicle.depotId());
            vehicleDepot[v] = depotNode.get(depot.id());
            System.arraycopy(vehicle.capacity(), 0, capacity, v * dims, dims);
            start[v] = Math.max(vehicle.shiftStart(), depot.opens());
            end[v] = Math.min(vehicle.shiftEnd(), depot.closes());
            fixedStart[v] = problem.visitedByVehicle().getOrDefault(vehicle.id(), List.of()).stream()
                    .mapToInt(nodeOf::get)
                    .toArray();
        }
        return new CompiledProblem.Fleet(vehicleDepot, capacity, start, end, fixedStart);
    }

    private static UnservedReason whyNeverServable(Stop s, PlanningProblem problem, Map<String, Depot> depots) {
        if (problem.vehicles().isEmpty()) return UnservedReason.NO_VEHICLE;
        boolean fitsAny = false;
        for (Vehicle v : problem.vehicles()) {
            int[] cap = v.capacity();
            int[] dem = s.demand();
            boolean fits = true;
            for (int k = 0; k < cap.length; k++) fits &= dem[k] <= cap[k];
            if (!fits) continue;
            fitsAny = true;
            Depot depot = depots.get(v.depotId());
            double start = Math.max(v.shiftStart(), depot.opens());
            double end = Math.min(v.shiftEnd(), depot.closes());
            double serviceStart = Math.max(start + problem.metric().travelTime(depot.point(), s.point()), s.earliest());
            if (serviceStart <= s.latest()
                    && serviceStart + s.serviceDuration() + problem.metric().travelTime(s.point(), depot.point())
                            <= end) {
                return null;
            }
        }
        return fitsAny ? UnservedReason.WINDOW_UNREACHABLE : UnservedReason.LARGER_THAN_ANY_VEHICLE;
    }

    private static PlannedRoute describe(
            CompiledProblem p, int v, int[] route, String vehicleId, List<Stop> customers) {
        int depot = p.vehicleDepot[v];
        double clock = p.vehicleStart[v];
        double distance = 0;
        int[] load = new int[p.dims];
        int prev = depot;
        List<Visit> visits = new ArrayList<>();
        for (int c : route) {
            double arrival = clock + p.t(prev, c);
            double serviceStart = Math.max(arrival, p.earliest[c]);
            clock = serviceStart + p.service[c];
            distance += p.d(prev, c);
            for (int k = 0; k < p.dims; k++) load[k] += p.demand[c * p.dims + k];
            visits.add(new Visit(customers.get(c).id(), arrival, serviceStart, clock));
            prev = c;
        }
        distance += p.d(prev, depot);
        double back = clock + p.t(prev, depot);
        return new PlannedRoute(
                vehicleId,
                p.vehicleStart[v],
                visits,
                back,
                distance,
                Arrays.stream(load).boxed().toList());
    }
}
