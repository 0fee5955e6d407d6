package org.retrogistics.transport;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.retrogistics.access.Actor;
import org.retrogistics.catalog.CatalogManagement;
import org.retrogistics.catalog.ProductFacts;
import org.retrogistics.custody.CustodyEventType;
import org.retrogistics.custody.CustodyLedger;
import org.retrogistics.custody.CustodyMove;
import org.retrogistics.custody.ExpectedUnit;
import org.retrogistics.custody.Unit;
import org.retrogistics.shared.ClientId;
import org.retrogistics.shared.DomainException;
import org.retrogistics.shared.NotFound;
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
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Milk runs: business sites ask for pickups, the fleet is known, and a plan assigns the day's requests to vehicles in
 * the order that drives the least within capacities, time windows and shifts. A proof-of-pickup scan at a stop starts
 * custody of what was collected; planning again keeps the stops already visited where they were.
 */
@Service
@Transactional(readOnly = true)
public class PickupPlanning {

    /** Road speed for planning, km per minute (40 km/h): an assumption a fleet would replace with its own. */
    static final double KM_PER_MINUTE = 40.0 / 60;

    private static final int SERVICE_MINUTES = 10;

    public record NewVehicle(
            String code,
            int capacityKg,
            int capacityLitres,
            LocalTime shiftStart,
            LocalTime shiftEnd,
            double depotLat,
            double depotLon) {}

    public record VehicleView(
            String code,
            int capacityKg,
            int capacityLitres,
            LocalTime shiftStart,
            LocalTime shiftEnd,
            double depotLat,
            double depotLon) {}

    /** What a site hands over: a SKU and how many. */
    public record Item(String sku, int quantity) {}

    public record NewPickup(
            String reference,
            String siteName,
            double latitude,
            double longitude,
            Instant windowStart,
            Instant windowEnd,
            int weightKg,
            int volumeLitres,
            boolean hazardous,
            List<Item> items) {}

    public record PickupView(
            UUID id,
            String reference,
            String siteName,
            double latitude,
            double longitude,
            Instant windowStart,
            Instant windowEnd,
            int weightKg,
            int volumeLitres,
            boolean hazardous,
            List<Item> items,
            String status,
            String vehicle,
            Integer stopSeq,
            Instant plannedArrival,
            Instant collectedAt) {}

    public record PlannedStop(
            UUID pickupId, String reference, double latitude, double longitude, Instant arrival, Instant departure) {}

    public record Route(
            String vehicle, BigDecimal distanceKm, Instant departure, Instant back, List<PlannedStop> stops) {}

    public record Unserved(UUID pickupId, String reference, String reason) {}

    public record PlanView(
            UUID id,
            LocalDate day,
            BigDecimal totalKm,
            List<Route> routes,
            List<Unserved> unserved,
            Instant createdAt) {}

    private final JdbcClient jdbc;
    private final CustodyLedger custody;
    private final CatalogManagement catalog;
    private final JsonMapper json = JsonMapper.builder().build();

    PickupPlanning(JdbcClient jdbc, CustodyLedger custody, CatalogManagement catalog) {
        this.jdbc = jdbc;
        this.custody = custody;
        this.catalog = catalog;
    }

    @Transactional
    public VehicleView addVehicle(Actor actor, NewVehicle v) {
        if (v.code() == null || v.code().isBlank()) {
            throw new InvalidPickup("a vehicle needs a code");
        }
        if (v.capacityKg() <= 0 || v.capacityLitres() <= 0) {
            throw new InvalidPickup("a vehicle carries more than 0 kg and 0 litres");
        }
        if (v.shiftStart() == null || v.shiftEnd() == null || !v.shiftEnd().isAfter(v.shiftStart())) {
            throw new InvalidPickup("a shift ends after it starts");
        }
        checkCoordinates(v.depotLat(), v.depotLon(), "the depot");
        int inserted = jdbc.sql(
                        """
                        insert into vehicle (id, client_id, code, capacity_kg, capacity_litres, shift_start, shift_end,
                          depot_lat, depot_lon, active, created_at)
                        values (:id, :c, :code, :kg, :l, :s, :e, :lat, :lon, true, now())
                        on conflict (client_id, code) do nothing
                        """)
                .param("id", UUID.randomUUID())
                .param("c", actor.clientId().value())
                .param("code", v.code().strip())
                .param("kg", v.capacityKg())
                .param("l", v.capacityLitres())
                .param("s", java.sql.Time.valueOf(v.shiftStart()))
                .param("e", java.sql.Time.valueOf(v.shiftEnd()))
                .param("lat", v.depotLat())
                .param("lon", v.depotLon())
                .update();
        if (inserted == 0) {
            throw new DuplicatePickup("vehicle " + v.code() + " exists already");
        }
        return new VehicleView(
                v.code().strip(),
                v.capacityKg(),
                v.capacityLitres(),
                v.shiftStart(),
                v.shiftEnd(),
                v.depotLat(),
                v.depotLon());
    }

    public List<VehicleView> vehicles(ClientId client) {
        return jdbc.sql(
                        """
                        select code, capacity_kg, capacity_litres, shift_start, shift_end, depot_lat, depot_lon
                        from vehicle where client_id = :c and active order by code
                        """)
                .param("c", client.value())
                .query((rs, i) -> new VehicleView(
                        rs.getString(1),
                        rs.getInt(2),
                        rs.getInt(3),
                        rs.getTime(4).toLocalTime(),
                        rs.getTime(5).toLocalTime(),
                        rs.getDouble(6),
                        rs.getDouble(7)))
                .list();
    }

    @Transactional
    public PickupView request(Actor actor, NewPickup p) {
        if (p.reference() == null
                || p.reference().isBlank()
                || p.siteName() == null
                || p.siteName().isBlank()) {
            throw new InvalidPickup("a pickup names its reference and site");
        }
        checkCoordinates(p.latitude(), p.longitude(), "the site");
        if (p.windowStart() == null || p.windowEnd() == null || !p.windowEnd().isAfter(p.windowStart())) {
            throw new InvalidPickup("the time window must end after it starts");
        }
        if (Duration.between(p.windowStart(), p.windowEnd()).toHours() > 24) {
            throw new InvalidPickup("a time window lies within one day");
        }
        if (p.weightKg() <= 0 || p.volumeLitres() <= 0) {
            throw new InvalidPickup("a pickup weighs more than 0 kg and takes more than 0 litres");
        }
        List<Item> items = p.items() == null ? List.of() : p.items();
        for (Item item : items) {
            if (item.quantity() <= 0
                    || catalog.productBySku(actor.clientId(), item.sku()).isEmpty()) {
                throw new InvalidPickup(
                        "item " + item.sku() + " x " + item.quantity() + ": a known SKU and a quantity above 0");
            }
        }
        UUID id = UUID.randomUUID();
        int inserted = jdbc.sql(
                        """
                        insert into pickup_request (id, client_id, reference, site_name, latitude, longitude,
                          window_start, window_end, weight_kg, volume_litres, hazardous, items, status, created_at)
                        values (:id, :c, :ref, :site, :lat, :lon, :ws, :we, :kg, :l, :hz, :items::jsonb, 'REQUESTED', now())
                        on conflict (client_id, reference) do nothing
                        """)
                .param("id", id)
                .param("c", actor.clientId().value())
                .param("ref", p.reference().strip())
                .param("site", p.siteName().strip())
                .param("lat", p.latitude())
                .param("lon", p.longitude())
                .param("ws", Timestamp.from(p.windowStart()))
                .param("we", Timestamp.from(p.windowEnd()))
                .param("kg", p.weightKg())
                .param("l", p.volumeLitres())
                .param("hz", p.hazardous())
                .param("items", json.writeValueAsString(items))
                .update();
        if (inserted == 0) {
            throw new DuplicatePickup("pickup " + p.reference() + " was requested already");
        }
        return pickup(actor.clientId(), id);
    }

    public List<PickupView> pickups(ClientId client, LocalDate day) {
        return jdbc.sql(select() + " where client_id = :c and (cast(:day as date) is null or window_start::date = :day)"
                        + " order by window_start, reference")
                .param("c", client.value())
                .param("day", day == null ? null : java.sql.Date.valueOf(day))
                .query((rs, i) -> view(rs))
                .list();
    }

    public PickupView pickup(ClientId client, UUID id) {
        return jdbc.sql(select() + " where client_id = :c and id = :id")
                .param("c", client.value())
                .param("id", id)
                .query((rs, i) -> view(rs))
                .optional()
                .orElseThrow(() -> new NotFound("pickup", id));
    }

    private static String select() {
        return """
               select id, reference, site_name, latitude, longitude, window_start, window_end, weight_kg,
                 volume_litres, hazardous, items, status, vehicle_code, stop_seq, planned_arrival, collected_at
               from pickup_request""";
    }

    private PickupView view(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new PickupView(
                rs.getObject(1, UUID.class),
                rs.getString(2),
                rs.getString(3),
                rs.getDouble(4),
                rs.getDouble(5),
                rs.getTimestamp(6).toInstant(),
                rs.getTimestamp(7).toInstant(),
                rs.getInt(8),
                rs.getInt(9),
                rs.getBoolean(10),
                json.readValue(rs.getString(11), new TypeReference<List<Item>>() {}),
                rs.getString(12),
                rs.getString(13),
                (Integer) rs.getObject(14),
                rs.getTimestamp(15) == null ? null : rs.getTimestamp(15).toInstant(),
                rs.getTimestamp(16) == null ? null : rs.getTimestamp(16).toInstant());
    }

    /**
     * Plans the day: every pickup whose window falls on it and that is not collected yet, on the active vehicles; the
     * stops already collected stay first on the vehicle that visited them. Requests that cannot be served are listed
     * with the reason, never dropped silently.
     */
    @Transactional
    public PlanView plan(Actor actor, LocalDate day, Duration budget) {
        ClientId client = actor.clientId();
        List<VehicleView> fleet = vehicles(client);
        if (fleet.isEmpty()) {
            throw new NoVehicles();
        }
        List<PickupView> all = pickups(client, day);
        if (all.isEmpty()) {
            throw new NothingToPlan(day);
        }
        Instant midnight = day.atStartOfDay(ZoneOffset.UTC).toInstant();
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
        Map<String, PickupView> byId = new LinkedHashMap<>();
        List<Stop> stops = new ArrayList<>();
        Map<String, List<String>> visited = new HashMap<>();
        for (PickupView p : all) {
            byId.put(p.id().toString(), p);
            stops.add(new Stop(
                    p.id().toString(),
                    Point.latLon(p.latitude(), p.longitude()),
                    new int[] {p.weightKg(), p.volumeLitres()},
                    minutes(midnight, p.windowStart()),
                    minutes(midnight, p.windowEnd()),
                    SERVICE_MINUTES));
            if (p.collectedAt() != null && p.vehicle() != null) {
                visited.computeIfAbsent(p.vehicle(), k -> new ArrayList<>()).add(p.id().toString());
            }
        }
        // stops are visited in their stop order
        visited.values()
                .forEach(list -> list.sort(
                        java.util.Comparator.comparing(id -> byId.get(id).stopSeq())));
        Plan plan = new RoutePlanner()
                .plan(
                        new PlanningProblem(depots, stops, vehicles, TravelMetric.haversineKm(KM_PER_MINUTE), visited),
                        PlannerSettings.timeLimited(budget));
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
        return planView(client, planId);
    }

    /** The day's most recent plan, if it was planned. */
    public java.util.Optional<PlanView> latestPlan(ClientId client, LocalDate day) {
        return jdbc.sql(
                        """
                        select id from pickup_plan where client_id = :c and day = :day
                        order by created_at desc limit 1
                        """)
                .param("c", client.value())
                .param("day", java.sql.Date.valueOf(day))
                .query(UUID.class)
                .optional()
                .map(id -> planView(client, id));
    }

    public PlanView planView(ClientId client, UUID id) {
        return jdbc.sql(
                        "select id, day, total_km, routes, unserved, created_at from pickup_plan where client_id = :c and id = :id")
                .param("c", client.value())
                .param("id", id)
                .query((rs, i) -> new PlanView(
                        rs.getObject(1, UUID.class),
                        rs.getDate(2).toLocalDate(),
                        rs.getBigDecimal(3),
                        json.readValue(rs.getString(4), new TypeReference<List<Route>>() {}),
                        json.readValue(rs.getString(5), new TypeReference<List<Unserved>>() {}),
                        rs.getTimestamp(6).toInstant()))
                .optional()
                .orElseThrow(() -> new NotFound("pickup plan", id));
    }

    /**
     * Route sheets of a plan: one page (or more) per vehicle with the stops in order, when to be there, the site, what
     * to collect (items, weight, volume, dangerous goods) and a line for the site's signature at each stop. Times are
     * UTC. {@code vehicle} null: every vehicle of the plan.
     */
    public byte[] routeSheetsPdf(ClientId client, UUID planId, String vehicle) {
        PlanView plan = planView(client, planId);
        List<Route> routes = plan.routes().stream()
                .filter(r -> vehicle == null || vehicle.isBlank() || r.vehicle().equals(vehicle.strip()))
                .toList();
        if (routes.isEmpty()) {
            throw new NotFound("route of vehicle", vehicle + " in plan " + planId);
        }
        java.time.format.DateTimeFormatter hhmm =
                java.time.format.DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);
        try (org.retrogistics.transport.internal.PdfReport pdf = new org.retrogistics.transport.internal.PdfReport()) {
            boolean first = true;
            for (Route r : routes) {
                if (!first) {
                    pdf.newPage();
                }
                first = false;
                pdf.heading("Route sheet " + r.vehicle() + "  " + plan.day())
                        .line("Plan " + plan.id() + ", " + r.stops().size() + " stop(s), " + r.distanceKm()
                                + " km; leave the depot " + hhmm.format(r.departure()) + ", back "
                                + hhmm.format(r.back()) + " (UTC)");
                int kg = 0;
                int litres = 0;
                List<List<String>> rows = new ArrayList<>();
                List<PickupView> stops = new ArrayList<>();
                for (int i = 0; i < r.stops().size(); i++) {
                    PlannedStop s = r.stops().get(i);
                    PickupView p = pickup(client, s.pickupId());
                    stops.add(p);
                    kg += p.weightKg();
                    litres += p.volumeLitres();
                    rows.add(List.of(
                            String.valueOf(i + 1),
                            hhmm.format(s.arrival()) + " / " + hhmm.format(serviceStart(s)),
                            hhmm.format(p.windowStart()) + "-" + hhmm.format(p.windowEnd()),
                            p.reference(),
                            p.siteName(),
                            p.weightKg() + " kg",
                            p.volumeLitres() + " l",
                            p.hazardous() ? "YES" : ""));
                }
                pdf.line("To collect: " + kg + " kg, " + litres + " litres")
                        .subheading("Stops")
                        .table(
                                List.of(
                                        "#",
                                        "ETA / start",
                                        "Window",
                                        "Pickup",
                                        "Site",
                                        "Weight",
                                        "Volume",
                                        "Hazardous"),
                                rows,
                                new float[] {20, 65, 60, 75, 125, 50, 50, 55});
                for (int i = 0; i < stops.size(); i++) {
                    PickupView p = stops.get(i);
                    PlannedStop s = r.stops().get(i);
                    pdf.subheading((i + 1) + ". " + p.reference() + " - " + p.siteName())
                            .line("At " + "%.5f, %.5f".formatted(p.latitude(), p.longitude()) + "; ETA "
                                    + hhmm.format(s.arrival()) + ", collect from " + hhmm.format(serviceStart(s))
                                    + " (window " + hhmm.format(p.windowStart()) + "-"
                                    + hhmm.format(p.windowEnd()) + ")")
                            .line("Collect: "
                                    + (p.items().isEmpty()
                                            ? "as packed by the site"
                                            : String.join(
                                                    ", ",
                                                    p.items().stream()
                                                            .map(it -> it.quantity() + " x " + it.sku())
                                                            .toList()))
                                    + "; " + p.weightKg() + " kg, " + p.volumeLitres() + " litres"
                                    + (p.hazardous() ? "; HAZARDOUS: dangerous goods on board" : ""))
                            .signature("Handed over at " + p.siteName() + ": name, signature, time");
                }
            }
            return pdf.pdf();
        }
    }

    /**
     * Proof of pickup: the driver scans the stop; each item collected becomes a unit in transit with the driver, its
     * custody starting here.
     */
    @Transactional
    public List<Unit> collect(Actor actor, UUID pickupId) {
        PickupView p = pickup(actor.clientId(), pickupId);
        if (p.collectedAt() != null) {
            throw new AlreadyCollected(p.reference(), p.collectedAt());
        }
        if (p.vehicle() == null) {
            throw new NotPlanned(p.reference());
        }
        List<ExpectedUnit> expected = new ArrayList<>();
        for (Item item : p.items()) {
            ProductFacts product = catalog.productBySku(actor.clientId(), item.sku())
                    .orElseThrow(() -> new InvalidPickup("unknown SKU " + item.sku()));
            for (int i = 0; i < item.quantity(); i++) {
                expected.add(new ExpectedUnit(
                        actor.clientId(),
                        product.id(),
                        product.sku(),
                        null,
                        null,
                        "pickup:" + p.reference(),
                        p.siteName(),
                        "site:" + p.siteName(),
                        actor.name()));
            }
        }
        List<Unit> units = custody.expectAll(expected);
        Instant now = Instant.now();
        for (Unit u : units) {
            custody.record(
                    actor.clientId(),
                    u.getId(),
                    new CustodyMove(
                            CustodyEventType.IN_TRANSIT,
                            "vehicle " + p.vehicle(),
                            "driver:" + p.vehicle(),
                            now,
                            actor.name(),
                            "pickup:" + p.reference(),
                            "collected at " + p.siteName()));
        }
        jdbc.sql("update pickup_request set status = 'COLLECTED', collected_at = :at where id = :id")
                .param("at", Timestamp.from(now))
                .param("id", pickupId)
                .update();
        return units;
    }

    /** When collecting starts at a stop: after any wait for its window, the service time before leaving. */
    private static Instant serviceStart(PlannedStop s) {
        return s.departure().minus(Duration.ofMinutes(SERVICE_MINUTES));
    }

    private static double minutes(Instant midnight, Instant t) {
        return Duration.between(midnight, t).getSeconds() / 60.0;
    }

    private static Instant at(Instant midnight, double minutes) {
        return midnight.plusSeconds(Math.round(minutes * 60));
    }

    private static void checkCoordinates(double lat, double lon, String what) {
        if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
            throw new InvalidPickup(what + "'s coordinates " + lat + ", " + lon
                    + " are out of range (latitude -90..90, longitude -180..180)");
        }
    }

    /** A pickup or vehicle that cannot be taken as given. */
    public static class InvalidPickup extends DomainException {
        InvalidPickup(String message) {
            super(Kind.INVALID, "invalid-pickup", message);
        }
    }

    /** A reference or code that exists already. */
    public static class DuplicatePickup extends DomainException {
        DuplicatePickup(String message) {
            super(Kind.CONFLICT, "duplicate", message);
        }
    }

    /** Planning without a fleet. */
    public static class NoVehicles extends DomainException {
        NoVehicles() {
            super(Kind.REJECTED, "no-vehicles", "there is no active vehicle to plan with: add the fleet first");
        }
    }

    /** Planning a day without pickups. */
    public static class NothingToPlan extends DomainException {
        NothingToPlan(LocalDate day) {
            super(Kind.REJECTED, "nothing-to-plan", "no pickup is requested for " + day);
        }
    }

    /** A second proof of pickup for one stop. */
    public static class AlreadyCollected extends DomainException {
        AlreadyCollected(String reference, Instant at) {
            super(
                    Kind.CONFLICT,
                    "already-collected",
                    "pickup " + reference + " was collected at " + at + "; nothing was recorded");
        }
    }

    /** A proof of pickup for a stop on no route. */
    public static class NotPlanned extends DomainException {
        NotPlanned(String reference) {
            super(Kind.CONFLICT, "not-planned", "pickup " + reference + " is on no planned route yet");
        }
    }
}
