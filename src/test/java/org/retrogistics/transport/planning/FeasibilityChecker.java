package org.retrogistics.transport.planning;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks a solution against the raw instance, written apart from the planner on purpose: it recomputes every arc
 * with the set's own convention and knows nothing of the planner's model. Rules: every customer exactly once, load
 * within capacity, service starts by the due time (waiting until ready is allowed), back at the depot by its due
 * time, no more routes than the fleet, and the reported cost equals the recomputed cost.
 */
final class FeasibilityChecker {

    record Verdict(boolean feasible, double recomputedCost, List<String> violations) {}

    private FeasibilityChecker() {}

    static double arc(BenchmarkInstance inst, int a, int b) {
        double dx = inst.x()[a] - inst.x()[b];
        double dy = inst.y()[a] - inst.y()[b];
        double euclid = Math.sqrt(dx * dx + dy * dy);
        return switch (inst.convention()) {
            case ROUNDED -> (long) (euclid + 0.5);
            case EXACT -> euclid;
            case TRUNCATED_TENTH -> Math.floor(euclid * 10) / 10;
        };
    }

    /** Routes hold customer ids 1..n; the depot is implicit at both ends. */
    static Verdict check(BenchmarkInstance inst, List<int[]> routes, double reportedCost) {
        List<String> violations = new ArrayList<>();
        int n = inst.customers();
        int[] seen = new int[n + 1];
        double total = 0;
        int used = 0;
        for (int r = 0; r < routes.size(); r++) {
            int[] route = routes.get(r);
            if (route.length == 0) continue;
            used++;
            long load = 0;
            double clock = inst.hasTimeWindows() ? inst.ready()[0] : 0;
            int prev = 0;
            for (int c : route) {
                if (c < 1 || c > n) {
                    violations.add("route " + (r + 1) + " visits unknown customer " + c);
                    continue;
                }
                seen[c]++;
                load += inst.demand()[c];
                double leg = arc(inst, prev, c);
                total += leg;
                if (inst.hasTimeWindows()) {
                    double arrival = clock + leg;
                    if (arrival > inst.due()[c] + 1e-9) {
                        violations.add("route " + (r + 1) + " reaches customer " + c + " at " + arrival
                                + " after its due time " + inst.due()[c]);
                    }
                    clock = Math.max(arrival, inst.ready()[c]) + inst.service()[c];
                }
                prev = c;
            }
            double back = arc(inst, prev, 0);
            total += back;
            if (inst.hasTimeWindows() && clock + back > inst.due()[0] + 1e-9) {
                violations.add(
                        "route " + (r + 1) + " returns to the depot at " + (clock + back) + " after " + inst.due()[0]);
            }
            if (load > inst.capacity()) {
                violations.add("route " + (r + 1) + " carries " + load + " over capacity " + inst.capacity());
            }
        }
        for (int c = 1; c <= n; c++) {
            if (seen[c] == 0) violations.add("customer " + c + " is not visited");
            if (seen[c] > 1) violations.add("customer " + c + " is visited " + seen[c] + " times");
        }
        if (inst.vehicleLimit() > 0 && used > inst.vehicleLimit()) {
            violations.add(used + " routes for a fleet of " + inst.vehicleLimit());
        }
        if (Math.abs(total - reportedCost) > 1e-6 * Math.max(1, Math.abs(total))) {
            violations.add("reported cost " + reportedCost + " but the routes cost " + total);
        }
        return new Verdict(violations.isEmpty(), total, violations);
    }
}
