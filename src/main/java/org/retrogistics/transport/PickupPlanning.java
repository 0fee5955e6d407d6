package org.retrogistics.transport;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.retrogistics.access.Actor;
import org.retrogistics.shared.ClientId;
import org.retrogistics.shared.DomainException;
import org.retrogistics.shared.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Milk runs: business sites ask for pickups ({@link RequestingPickups}), the fleet is known, and a plan assigns the
 * day's requests to vehicles in the order that drives the least within capacities, time windows and shifts
 * ({@link PlanningPickups}). A proof-of-pickup scan at a stop starts custody of what was collected
 * ({@link CollectingPickups}). This class keeps the fleet and the reads: pickups, plans and their route sheets.
 */
@Service
@Transactional(readOnly = true)
public class PickupPlanning {

    /** Minutes a driver spends collecting at a stop. */
    static final int SERVICE_MINUTES = 10;

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
    private final JsonMapper json = JsonMapper.builder().build();

    PickupPlanning(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
        return RouteSheetPrinter.pdf(plan, routes, id -> pickup(client, id));
    }

    static void checkCoordinates(double lat, double lon, String what) {
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
