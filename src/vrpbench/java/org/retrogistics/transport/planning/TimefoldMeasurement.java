package org.retrogistics.transport.planning;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningListVariable;
import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One-off measurement of Timefold Solver (default construction heuristic and local search, list variable, one
 * thread) on CVRP instances, for docs/adr/0005-route-planner.md. Arguments: seconds, then SET:instance pairs.
 */
public final class TimefoldMeasurement {

    public static class Customer {
        @PlanningId
        public Integer id;

        public int demand;

        public Customer() {}

        Customer(int id, int demand) {
            this.id = id;
            this.demand = demand;
        }
    }

    @PlanningEntity
    public static class Truck {
        @PlanningId
        public Integer id;

        public int capacity;

        @PlanningListVariable
        public List<Customer> customers = new ArrayList<>();

        public Truck() {}

        Truck(int id, int capacity) {
            this.id = id;
            this.capacity = capacity;
        }

        int load() {
            int load = 0;
            for (Customer c : customers) load += c.demand;
            return load;
        }

        long distance() {
            long d = 0;
            int prev = 0;
            for (Customer c : customers) {
                d += matrix[prev][c.id];
                prev = c.id;
            }
            return customers.isEmpty() ? 0 : d + matrix[prev][0];
        }
    }

    static long[][] matrix;

    @PlanningSolution
    public static class Routing {
        @ProblemFactCollectionProperty
        @ValueRangeProvider
        public List<Customer> customers;

        @PlanningEntityCollectionProperty
        public List<Truck> trucks;

        @PlanningScore
        public HardSoftLongScore score;

        public Routing() {}
    }

    public static class Constraints implements ConstraintProvider {
        @Override
        public Constraint[] defineConstraints(ConstraintFactory f) {
            return new Constraint[] {
                f.forEach(Truck.class)
                        .filter(t -> t.load() > t.capacity)
                        .penalizeLong(HardSoftLongScore.ONE_HARD, t -> t.load() - t.capacity)
                        .asConstraint("capacity"),
                f.forEach(Truck.class)
                        .penalizeLong(HardSoftLongScore.ONE_SOFT, Truck::distance)
                        .asConstraint("distance")
            };
        }
    }

    public static void main(String[] args) throws Exception {
        double seconds = Double.parseDouble(args[0]);
        var bks = VrpFiles.readBks(VrpFiles.dataRoot().resolve("bks.csv"));
        for (int a = 1; a < args.length; a++) {
            String[] parts = args[a].split(":");
            BenchmarkInstance inst = VrpFiles.read(parts[0], parts[1]);
            int nodes = inst.customers() + 1;
            matrix = new long[nodes][nodes];
            for (int i = 0; i < nodes; i++)
                for (int j = 0; j < nodes; j++) matrix[i][j] = (long) FeasibilityChecker.arc(inst, i, j);
            Routing problem = new Routing();
            problem.customers = new ArrayList<>();
            for (int c = 1; c < nodes; c++) problem.customers.add(new Customer(c, inst.demand()[c]));
            problem.trucks = new ArrayList<>();
            int fleet = inst.vehicleLimit() > 0 ? inst.vehicleLimit() : inst.customers();
            for (int v = 0; v < fleet; v++) problem.trucks.add(new Truck(v, inst.capacity()));
            SolverConfig config = new SolverConfig()
                    .withSolutionClass(Routing.class)
                    .withEntityClasses(Truck.class)
                    .withConstraintProviderClass(Constraints.class)
                    .withTerminationSpentLimit(Duration.ofMillis(Math.round(seconds * 1000)));
            Routing solved = SolverFactory.<Routing>create(config).buildSolver().solve(problem);
            List<int[]> routes = new ArrayList<>();
            long cost = 0;
            for (Truck t : solved.trucks) {
                routes.add(t.customers.stream().mapToInt(c -> c.id).toArray());
                cost += t.distance();
            }
            var verdict = FeasibilityChecker.check(inst, routes, cost);
            double best = bks.get(parts[1]).cost();
            System.out.printf(
                    Locale.ROOT,
                    "timefold %-14s n=%4d bks=%9.0f cost=%9d gap=%+.2f%% %s%n",
                    parts[1],
                    inst.customers(),
                    best,
                    cost,
                    100 * (cost - best) / best,
                    verdict.feasible() ? "feasible" : "INFEASIBLE " + verdict.violations().get(0));
        }
    }

    private TimefoldMeasurement() {}
}
