package org.retrogistics.transport.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeasibilityCheckerTest {

    /** Depot at (0,0), customers on a line; due times only matter with windows. */
    private static BenchmarkInstance line(boolean windows, int limit) {
        double[] x = {0, 3, 6, 9};
        double[] y = {0, 4, 8, 12};
        int[] demand = {0, 4, 4, 4};
        if (!windows) {
            return new BenchmarkInstance(
                    "line",
                    "T",
                    BenchmarkInstance.DistanceConvention.ROUNDED,
                    10,
                    limit,
                    x,
                    y,
                    demand,
                    new double[0],
                    new double[0],
                    new double[0]);
        }
        return new BenchmarkInstance(
                "line-tw",
                "T",
                BenchmarkInstance.DistanceConvention.TRUNCATED_TENTH,
                12,
                limit,
                x,
                y,
                demand,
                new double[] {0, 0, 20, 0},
                new double[] {100, 5, 30, 40},
                new double[] {0, 1, 1, 1});
    }

    @Test
    void acceptsAValidSolution() {
        var verdict = FeasibilityChecker.check(line(false, 0), List.of(new int[] {1, 2}, new int[] {3}), 20 + 30);
        assertThat(verdict.violations()).isEmpty();
        assertThat(verdict.feasible()).isTrue();
    }

    @Test
    void rejectsAMissingCustomer() {
        var verdict = FeasibilityChecker.check(line(false, 0), List.of(new int[] {1, 2}), 20);
        assertThat(verdict.feasible()).isFalse();
        assertThat(verdict.violations()).anyMatch(v -> v.contains("customer 3 is not visited"));
    }

    @Test
    void rejectsACustomerVisitedTwice() {
        var verdict = FeasibilityChecker.check(line(false, 0), List.of(new int[] {1, 2}, new int[] {3, 1}), 20 + 30);
        assertThat(verdict.violations()).anyMatch(v -> v.contains("customer 1 is visited 2 times"));
    }

    @Test
    void rejectsAnOverloadedRoute() {
        var verdict = FeasibilityChecker.check(line(false, 0), List.of(new int[] {1, 2, 3}), 30);
        assertThat(verdict.violations()).anyMatch(v -> v.contains("over capacity"));
    }

    @Test
    void rejectsAWrongCost() {
        var verdict = FeasibilityChecker.check(line(false, 0), List.of(new int[] {1, 2}, new int[] {3}), 49);
        assertThat(verdict.violations()).anyMatch(v -> v.contains("reported cost 49.0 but the routes cost 50.0"));
    }

    @Test
    void rejectsMoreRoutesThanTheFleet() {
        var verdict = FeasibilityChecker.check(
                line(false, 2), List.of(new int[] {1}, new int[] {2}, new int[] {3}), 10 + 20 + 30);
        assertThat(verdict.violations()).anyMatch(v -> v.contains("3 routes for a fleet of 2"));
    }

    @Test
    void waitingForTheWindowIsAllowed() {
        // 1 at t=5 (due 5), leaves 6, reaches 2 at 11, waits until 20, leaves 21, 3 at 26, leaves 27, back at 42
        var verdict = FeasibilityChecker.check(line(true, 0), List.of(new int[] {1, 2, 3}), 30);
        assertThat(verdict.violations()).isEmpty();
    }

    @Test
    void rejectsServiceAfterTheDueTime() {
        // 2 first (t=10, waits to 20, leaves 21), then 1 at 26: due 5
        var verdict = FeasibilityChecker.check(line(true, 0), List.of(new int[] {2, 1}, new int[] {3}), 20 + 30);
        assertThat(verdict.violations()).anyMatch(v -> v.contains("reaches customer 1 at 26.0 after its due time 5.0"));
    }

    @Test
    void rejectsALateReturnToTheDepot() {
        BenchmarkInstance tight = line(true, 0);
        double[] due = tight.due().clone();
        due[0] = 40;
        BenchmarkInstance inst = new BenchmarkInstance(
                "tight",
                "T",
                tight.convention(),
                tight.capacity(),
                0,
                tight.x(),
                tight.y(),
                tight.demand(),
                tight.ready(),
                due,
                tight.service());
        var verdict = FeasibilityChecker.check(inst, List.of(new int[] {1, 2, 3}), 30);
        assertThat(verdict.violations()).anyMatch(v -> v.contains("returns to the depot at 42.0 after 40.0"));
    }

    @Test
    void truncatesToOneDecimalForSolomon() {
        BenchmarkInstance inst = line(true, 0);
        // (0,0)-(1,1) would be 1.414 -> 1.4; here arcs are exact multiples of 5
        assertThat(FeasibilityChecker.arc(inst, 0, 1)).isEqualTo(5.0);
        BenchmarkInstance odd = new BenchmarkInstance(
                "odd",
                "T",
                BenchmarkInstance.DistanceConvention.TRUNCATED_TENTH,
                1,
                0,
                new double[] {0, 1},
                new double[] {0, 1},
                new int[] {0, 0},
                new double[] {0, 0},
                new double[] {9, 9},
                new double[] {0, 0});
        assertThat(FeasibilityChecker.arc(odd, 0, 1)).isEqualTo(1.4);
    }

    @ParameterizedTest
    @CsvSource({
        "A,A-n32-k5",
        "B,B-n31-k5",
        "P,P-n16-k8",
        "X,X-n101-k25",
        "SOLOMON,C101",
        "SOLOMON,R201",
        "SOLOMON,RC105"
    })
    void acceptsTheBestKnownSolutionsAtTheirStatedCost(String set, String name) throws Exception {
        BenchmarkInstance inst = VrpFiles.read(set, name);
        VrpFiles.Solution sol = VrpFiles.readSol(VrpFiles.solutionFile(set, name));
        var verdict = FeasibilityChecker.check(inst, sol.routes(), sol.cost());
        assertThat(verdict.violations()).isEmpty();
        double bks = VrpFiles.readBks(VrpFiles.dataRoot().resolve("bks.csv"))
                .get(name)
                .cost();
        assertThat(verdict.recomputedCost()).isCloseTo(bks, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void rejectsABestKnownSolutionWithOneCustomerMoved() throws Exception {
        BenchmarkInstance inst = VrpFiles.read("SOLOMON", "C101");
        VrpFiles.Solution sol = VrpFiles.readSol(VrpFiles.solutionFile("SOLOMON", "C101"));
        List<int[]> routes = new ArrayList<>(sol.routes());
        int[] first = routes.get(0);
        int[] reversed = new int[first.length];
        for (int i = 0; i < first.length; i++) reversed[i] = first[first.length - 1 - i];
        routes.set(0, reversed);
        var verdict = FeasibilityChecker.check(inst, routes, sol.cost());
        assertThat(verdict.feasible()).isFalse();
    }
}
