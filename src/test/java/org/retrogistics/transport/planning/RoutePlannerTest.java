package org.retrogistics.transport.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RoutePlannerTest {

    private static final Depot DEPOT = new Depot("hub", new Point(0, 0), 0, 100);

    private static PlannerSettings quick() {
        return new PlannerSettings(Duration.ofSeconds(5), 2_000, 7);
    }

    private static Vehicle van(String id, int volume, int weight) {
        return new Vehicle(id, new int[] {volume, weight}, 0, 100, "hub");
    }

    private static Stop stop(String id, double x, double y, int volume, int weight, double earliest, double latest) {
        return new Stop(id, new Point(x, y), new int[] {volume, weight}, earliest, latest, 1);
    }

    @Test
    void solvesACapacitatedInstanceCloseToItsBestKnownCost() throws Exception {
        BenchmarkInstance inst = VrpFiles.read("A", "A-n32-k5");
        Plan plan = BenchmarkPlanning.solve(inst, Duration.ofSeconds(2), 1);
        var verdict = FeasibilityChecker.check(inst, BenchmarkPlanning.routes(plan), plan.totalDistance());
        assertThat(verdict.violations()).isEmpty();
        assertThat(plan.unserved()).isEmpty();
        assertThat(plan.totalDistance()).isLessThanOrEqualTo(784 * 1.03);
    }

    @Test
    void solvesATimeWindowInstanceCloseToItsBestKnownCost() throws Exception {
        BenchmarkInstance inst = VrpFiles.read("SOLOMON", "R101");
        Plan plan = BenchmarkPlanning.solve(inst, Duration.ofSeconds(4), 1);
        var verdict = FeasibilityChecker.check(inst, BenchmarkPlanning.routes(plan), plan.totalDistance());
        assertThat(verdict.violations()).isEmpty();
        assertThat(plan.unserved()).isEmpty();
        assertThat(plan.totalDistance()).isLessThanOrEqualTo(1637.7 * 1.04);
    }

    @Test
    void servesEveryCustomerWhenTheFleetIsTight() throws Exception {
        // 54 customers, 15 vehicles filled to 99.2 % on average: a distance-only search tends to leave one out.
        // An iteration limit (about 0.3 s each) rather than a time limit, so a busy machine cannot change the outcome.
        BenchmarkInstance inst = VrpFiles.read("P", "P-n55-k15");
        PlanningProblem problem = BenchmarkPlanning.toProblem(inst);
        for (long seed = 1; seed <= 5; seed++) {
            Plan plan = new RoutePlanner().plan(problem, new PlannerSettings(Duration.ofMinutes(1), 100_000, seed));
            var verdict = FeasibilityChecker.check(inst, BenchmarkPlanning.routes(plan), plan.totalDistance());
            assertThat(plan.unserved()).as("seed %d", seed).isEmpty();
            assertThat(verdict.violations()).as("seed %d", seed).isEmpty();
            assertThat(plan.routes()).hasSizeLessThanOrEqualTo(15);
        }
    }

    @Test
    void reportsRequestsNoVehicleCouldServeWithTheirReason() {
        List<Stop> stops = List.of(
                stop("ok", 10, 0, 1, 10, 0, 100),
                stop("piano", 5, 5, 1, 5000, 0, 100),
                stop("too-far", 80, 0, 1, 1, 0, 100),
                stop("window-closed", 10, 10, 1, 1, 0, 3),
                stop("inverted-window", 3, 4, 1, 1, 50, 40));
        PlanningProblem problem =
                new PlanningProblem(List.of(DEPOT), stops, List.of(van("v1", 10, 1000)), TravelMetric.euclidean());

        Plan plan = new RoutePlanner().plan(problem, quick());

        assertThat(plan.routes()).hasSize(1);
        assertThat(plan.routes().get(0).visits()).extracting(Visit::stopId).containsExactly("ok");
        assertThat(plan.unserved())
                .containsExactlyInAnyOrder(
                        new UnservedStop("piano", UnservedReason.LARGER_THAN_ANY_VEHICLE),
                        new UnservedStop("too-far", UnservedReason.WINDOW_UNREACHABLE),
                        new UnservedStop("window-closed", UnservedReason.WINDOW_UNREACHABLE),
                        new UnservedStop("inverted-window", UnservedReason.WINDOW_UNREACHABLE));
        assertThat(plan.unserved().get(0).explanation()).startsWith("Stop piano is not planned: it is heavier");
    }

    @Test
    void withoutVehiclesEveryRequestIsUnservedAndNothingIsPlanned() {
        PlanningProblem problem = new PlanningProblem(
                List.of(DEPOT), List.of(stop("a", 1, 1, 1, 1, 0, 100)), List.of(), TravelMetric.euclidean());

        Plan plan = new RoutePlanner().plan(problem, quick());

        assertThat(plan.routes()).isEmpty();
        assertThat(plan.totalDistance()).isZero();
        assertThat(plan.unserved()).containsExactly(new UnservedStop("a", UnservedReason.NO_VEHICLE));
    }

    @Test
    void aProblemWithNothingToPlanGivesAnEmptyPlan() {
        PlanningProblem problem =
                new PlanningProblem(List.of(DEPOT), List.of(), List.of(van("v1", 10, 10)), TravelMetric.euclidean());

        Plan plan = new RoutePlanner().plan(problem, PlannerSettings.timeLimited(Duration.ofSeconds(10)));

        assertThat(plan.routes()).isEmpty();
        assertThat(plan.unserved()).isEmpty();
    }

    @Test
    void whatDoesNotFitNextToTheOtherStopsIsLeftOutWithNoRoomLeft() {
        List<Stop> stops = List.of(
                stop("a", 10, 0, 6, 1, 0, 100), stop("b", 0, 10, 6, 1, 0, 100), stop("c", -10, 0, 6, 1, 0, 100));
        PlanningProblem problem = new PlanningProblem(
                List.of(DEPOT), stops, List.of(van("v1", 10, 100), van("v2", 10, 100)), TravelMetric.euclidean());

        Plan plan = new RoutePlanner().plan(problem, quick());

        assertThat(plan.routes()).hasSize(2);
        assertThat(plan.unserved()).hasSize(1);
        assertThat(plan.unserved().get(0).reason()).isEqualTo(UnservedReason.NO_ROOM_LEFT);
    }

    @Test
    void respectsTimeWindowsAndReportsTimes() {
        // Going east first is shorter, but "west" must be served by 15.
        List<Stop> stops = List.of(stop("east", 10, 0, 1, 1, 0, 100), stop("west", -10, 0, 1, 1, 0, 15));
        PlanningProblem problem =
                new PlanningProblem(List.of(DEPOT), stops, List.of(van("v1", 10, 100)), TravelMetric.euclidean());

        Plan plan = new RoutePlanner().plan(problem, quick());

        PlannedRoute route = plan.routes().get(0);
        assertThat(route.visits()).extracting(Visit::stopId).containsExactly("west", "east");
        assertThat(route.visits().get(0).arrival()).isEqualTo(10.0);
        assertThat(route.visits().get(0).departure()).isEqualTo(11.0);
        assertThat(route.visits().get(1).arrival()).isEqualTo(31.0);
        assertThat(route.returnTime()).isEqualTo(42.0);
        assertThat(route.distance()).isEqualTo(40.0);
        assertThat(route.load()).containsExactly(2, 2);
    }

    @Test
    void rePlanningKeepsTheVisitedStopsAtTheStartOfTheirRoute() {
        // "far" and "near" were already collected by v1, in that order, although the other order is shorter.
        List<Stop> stops = new ArrayList<>(List.of(stop("far", 20, 0, 1, 1, 0, 100), stop("near", 2, 0, 1, 1, 0, 100)));
        Random random = new Random(3);
        for (int i = 0; i < 12; i++) {
            stops.add(stop("s" + i, random.nextInt(30) - 15, random.nextInt(30) - 15, 1, 1, 0, 100));
        }
        PlanningProblem problem = new PlanningProblem(
                List.of(DEPOT),
                stops,
                List.of(van("v1", 8, 100), van("v2", 8, 100)),
                TravelMetric.euclidean(),
                Map.of("v1", List.of("far", "near")));

        Plan plan = new RoutePlanner().plan(problem, quick());

        PlannedRoute v1 = plan.routes().stream()
                .filter(r -> r.vehicleId().equals("v1"))
                .findFirst()
                .orElseThrow();
        assertThat(v1.visits()).extracting(Visit::stopId).startsWith("far", "near");
        assertThat(plan.unserved()).isEmpty();
        assertThat(plan.routes()).flatExtracting(PlannedRoute::visits).hasSize(14);
    }

    @Test
    void theSameSeedAndIterationLimitGiveTheSamePlan() throws Exception {
        PlanningProblem problem = BenchmarkPlanning.toProblem(VrpFiles.read("A", "A-n33-k5"));
        PlannerSettings settings = new PlannerSettings(Duration.ofMinutes(1), 3_000, 42);
        assertThat(new RoutePlanner().plan(problem, settings)).isEqualTo(new RoutePlanner().plan(problem, settings));
    }

    @Test
    void plansTwoHundredStopsOnRealAddressesInTwoDimensions() {
        Depot depot = new Depot("lyon", Point.latLon(45.75, 4.85), 8 * 60, 18 * 60);
        Random random = new Random(11);
        List<Stop> stops = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            double start = 8 * 60 + random.nextInt(6) * 60;
            stops.add(new Stop(
                    "p" + i,
                    Point.latLon(45.55 + random.nextDouble() * 0.4, 4.6 + random.nextDouble() * 0.5),
                    new int[] {1 + random.nextInt(3), 5 + random.nextInt(60)},
                    start,
                    start + 180,
                    10));
        }
        List<Vehicle> vehicles = new ArrayList<>();
        for (int v = 0; v < 25; v++) vehicles.add(new Vehicle("van" + v, new int[] {20, 800}, 8 * 60, 18 * 60, "lyon"));
        PlanningProblem problem =
                new PlanningProblem(List.of(depot), stops, vehicles, TravelMetric.haversineKm(0.5)); // 30 km/h

        Plan plan = new RoutePlanner().plan(problem, new PlannerSettings(Duration.ofSeconds(3), Long.MAX_VALUE, 1));

        assertThat(plan.unserved()).isEmpty();
        for (PlannedRoute route : plan.routes()) {
            assertThat(route.load().get(0)).isLessThanOrEqualTo(20);
            assertThat(route.load().get(1)).isLessThanOrEqualTo(800);
            assertThat(route.returnTime()).isLessThanOrEqualTo(18 * 60);
            for (Visit visit : route.visits()) {
                Stop s = stops.get(Integer.parseInt(visit.stopId().substring(1)));
                assertThat(visit.serviceStart()).isBetween(s.earliest(), s.latest());
            }
        }
    }

    @Test
    void haversineMeasuresKilometres() {
        double parisLondon =
                TravelMetric.haversineKm(1).distance(Point.latLon(48.8566, 2.3522), Point.latLon(51.5074, -0.1278));
        assertThat(parisLondon).isBetween(340.0, 346.0);
    }

    @Test
    void rejectsInconsistentInput() {
        PlanningProblem problem = new PlanningProblem(
                List.of(DEPOT),
                List.of(stop("a", 1, 1, 1, 1, 0, 100), stop("a", 2, 2, 1, 1, 0, 100)),
                List.of(van("v1", 10, 10)),
                TravelMetric.euclidean());
        assertThatThrownBy(() -> new RoutePlanner().plan(problem, quick()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("duplicate stop id a");
    }
}
