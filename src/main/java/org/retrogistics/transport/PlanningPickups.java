package org.retrogistics.transport;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.retrogistics.access.Actor;
import org.retrogistics.shared.ClientId;
import org.retrogistics.transport.PickupPlanning.NoVehicles;
import org.retrogistics.transport.PickupPlanning.NothingToPlan;
import org.retrogistics.transport.PickupPlanning.PickupView;
import org.retrogistics.transport.PickupPlanning.PlanView;
import org.retrogistics.transport.PickupPlanning.PlannedStop;
import org.retrogistics.transport.PickupPlanning.Route;
import org.retrogistics.transport.PickupPlanning.Unserved;
import org.retrogistics.transport.PickupPlanning.VehicleView;
import org.retrogistics.transport.planning.Depot;
import org.retrogistics.transport.planning.Plan;
import org.retrogistics.transport.planning.PlannedRoute;
import org.retrogistics.transport.planning.PlannerSettings;
import org.retrogistics.transport.planning.PlanningProblem;
import org.retrogistics.transport.planning.Point;
import org.retrogistics.transport.planning.RoutePlanner;
import org.retrogistics.transport.planning.Stop;
import org.retrogistics.transport.planning.TravelMetric;
import org.retrogistics.transport.planning.UnservedStop;
import org.retrogistics.transport.planning.Vehicle;
import org.retrogistics.transport.planning.Visit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plans a day's pickups: the requests on the active vehicles, in the order that drives the least within capacities,
 * time windows and shifts ({@link RoutePlanner}); stops already collected stay first on the vehicle that visited them.
 */
@Service
@Transactional(readOnly = true)
public class PlanningPickups {

    /** Road speed for planning, km per minute (40 km/h): an assumption a fleet would replace with its own. */
    static final double KM_PER_MINUTE = 40.0 / 60;

    private final PickupPlanning pickups;
    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();
    /** How long the route planner runs per plan (ADR 0028): it searches until its budget, so this shows the budgets. */
    private final Timer planning;

    PlanningPickups(PickupPlanning pickups, JdbcClient jdbc, MeterRegistry meters) {
        this.pickups = pickups;
        this.jdbc = jdbc;
        this.planning = Timer.builder("retrogistics.planner.run")
                .description("Route planner runs for a day's pickups")
                .register(meters);
    }

    /**
     * Plans the day: every pickup whose window falls on it and that is not collected yet, on the active vehicles; the
     * stops already collected stay first on the vehicle that visited them. Requests that cannot be served are listed
     * with the reason, never dropped silently.
     */
    @Transactional
    public PlanView plan(Actor actor, LocalDate day, Duration budget) {
        ClientId client = actor.clientId();
        List<VehicleView> fleet = pickups.vehicles(client);
        if (fleet.isEmpty()) {
            throw new NoVehicles();
        }
        List<PickupView> all = pickups.pickups(client, day);
        if (all.isEmpty()) {
            throw new NothingToPlan(day);
        }
        Instant midnight = day.atStartOfDay(ZoneOffset.UTC).toInstant();
        Map<String, PickupView> byId = new LinkedHashMap<>();
        for (PickupView p : all) {
            byId.put(p.id().toString(), p);
        }
        PlanningProblem problem = problem(fleet, byId, midnight);
        Plan plan = planning.record(() -> new RoutePlanner().plan(problem, PlannerSettings.timeLimited(budget)));
        List<Route> routes = routes(plan, byId, midnight);
        List<Unserved> unserved = new ArrayList<>();
        for (UnservedStop u : plan.unserved()) {
            PickupView p = byId.get(u.stopId());
            unserved.add(new Unserved(p.id(), p.reference(), u.explanation()));
        }
        UUID planId = UUID.randomUUID();
        BigDecimal total = BigDecimal.valueOf(plan.totalDistance()).setScale(1, RoundingMode.HALF_EVEN);
        jdbc.sql(
                        """
                        insert into pickup_plan (id, client_id, day, total_km, routes, unserved, created_at, created_by)
                        values (:id, :c, :day, :km, :routes::jsonb, :unserved::jsonb, now(), :by)
                        """)
                .param("id", planId)
                .param("c", client.value())
                .param("day", java.sql.Date.valueOf(day))
                .param("km", total)
                .param("routes", json.writeValueAsString(routes))
                .param("unserved", json.writeValueAsString(unserved))
                .param("by", actor.name())
                .update();
        markPickups(planId, routes, unserved);
        return pickups.planView(client, planId);
    }

    /** The fleet and the day's pickups as a planning problem, in minutes from midnight UTC. */
    private static PlanningProblem problem(List<VehicleView> fleet, Map<String, PickupView> byId, Instant midnight) {
        List<Depot> depots = new ArrayList<>();
        List<Vehicle> vehicles = new ArrayList<>();
        for (VehicleView v : fleet) {
            depots.add(new Depot("depot-" + v.code(), Point.latLon(v.depotLat(), v.depotLon()), 0, 24 * 60));
            vehicles.add(new Vehicle(
                    v.code(),
                    new int[] {v.capacityKg(), v.capacityLitres()},
                    v.shiftStart().toSecondOfDay() / 60.0,
                    v.shiftEnd().toSecondOfDay() / 60.0,
                    "depot-" + v.code()));
        }
        List<Stop> stops = new ArrayList<>();
        Map<String, List<String>> visited = new HashMap<>();
        for (PickupView p : byId.values()) {
            stops.add(new Stop(
                    p.id().toString(),
                    Point.latLon(p.latitude(), p.longitude()),
                    new int[] {p.weightKg(), p.volumeLitres()},
                    minutes(midnight, p.windowStart()),
                    minutes(midnight, p.windowEnd()),
                    PickupPlanning.SERVICE_MINUTES));
            if (p.collectedAt() != null && p.vehicle() != null) {
                visited.computeIfAbsent(p.vehicle(), k -> new ArrayList<>()).add(p.id().toString());
            }
        }
        // stops are visited in their stop order
        visited.values()
                .forEach(list ->
                        list.sort(Comparator.comparing(id -> byId.get(id).stopSeq())));
        return new PlanningProblem(depots, stops, vehicles, TravelMetric.haversineKm(KM_PER_MINUTE), visited);
    }

    /** The planner's routes with the pickups they visit and the times as instants. */
    private static List<Route> routes(Plan plan, Map<String, PickupView> byId, Instant midnight) {
        List<Route> routes = new ArrayList<>();
        for (PlannedRoute r : plan.routes()) {
            List<PlannedStop> planned = new ArrayList<>();
            for (Visit v : r.visits()) {
                PickupView p = byId.get(v.stopId());
                planned.add(new PlannedStop(
                        p.id(),
                        p.reference(),
                        p.latitude(),
                        p.longitude(),
                        at(midnight, v.arrival()),
                        at(midnight, v.departure())));
            }
            routes.add(new Route(
                    r.vehicleId(),
                    BigDecimal.valueOf(r.distance()).setScale(1, RoundingMode.HALF_EVEN),
                    at(midnight, r.departure()),
                    at(midnight, r.returnTime()),
                    planned));
        }
        return routes;
    }

    /** Each pickup learns its vehicle, stop and planned arrival, or that it is unserved. */
    private void markPickups(UUID planId, List<Route> routes, List<Unserved> unserved) {
        for (Route r : routes) {
            for (int i = 0; i < r.stops().size(); i++) {
                PlannedStop s = r.stops().get(i);
                jdbc.sql(
                                """
                                update pickup_request set plan_id = :plan, vehicle_code = :v, stop_seq = :seq,
                                  planned_arrival = :at, status = case when collected_at is null then 'PLANNED' else status end
                                where id = :id
                                """)
                        .param("plan", planId)
                        .param("v", r.vehicle())
                        .param("seq", i + 1)
                        .param("at", Timestamp.from(s.arrival()))
                        .param("id", s.pickupId())
                        .update();
            }
        }
        for (Unserved u : unserved) {
            jdbc.sql("update pickup_request set plan_id = :plan, vehicle_code = null, stop_seq = null,"
                            + " planned_arrival = null, status = 'UNSERVED' where id = :id")
                    .param("plan", planId)
                    .param("id", u.pickupId())
                    .update();
        }
    }

    private static double minutes(Instant midnight, Instant t) {
        return Duration.between(midnight, t).getSeconds() / 60.0;
    }

    private static Instant at(Instant midnight, double minutes) {
        return midnight.plusSeconds(Math.round(minutes * 60));
    }
}
