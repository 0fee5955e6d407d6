package org.retrogistics.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.retrogistics.access.Role;
import org.retrogistics.testing.ApiTestSupport;
import tools.jackson.databind.JsonNode;

/** Pickup requests become planned milk runs; proof of pickup starts custody; bad input is refused with the reason. */
class PickupPlanningIT extends ApiTestSupport {

    private static final LocalDate DAY = LocalDate.now(ZoneOffset.UTC).plusDays(3);

    private static Map<String, Object> pickup(String ref, double lat, double lon, int fromHour, int toHour, int kg) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("reference", ref);
        p.put("siteName", "Site " + ref);
        p.put("latitude", lat);
        p.put("longitude", lon);
        p.put("windowStart", DAY.atTime(fromHour, 0).toInstant(ZoneOffset.UTC).toString());
        p.put("windowEnd", DAY.atTime(toHour, 0).toInstant(ZoneOffset.UTC).toString());
        p.put("weightKg", kg);
        p.put("volumeLitres", 100);
        return p;
    }

    private static Map<String, Object> van(String code, int kg) {
        return Map.of(
                "code",
                code,
                "capacityKg",
                kg,
                "capacityLitres",
                5000,
                "shiftStart",
                "07:00",
                "shiftEnd",
                "18:00",
                "depotLat",
                52.37,
                "depotLon",
                4.90);
    }

    private byte[] pdf(String path, String token) {
        try {
            java.net.http.HttpResponse<byte[]> r = HTTP.send(
                    java.net.http.HttpRequest.newBuilder(uri(path))
                            .header("Authorization", "Bearer " + token)
                            .GET()
                            .build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            assertThat(r.statusCode()).isEqualTo(200);
            return r.body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String pdfText(byte[] pdf) {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void requestsBecomeRoutesAndAProofOfPickupStartsCustody() {
        Tenant t = newTenant();
        String manager = t.token(Role.MANAGER);
        Res noFleet = post("/api/pickup-plans", manager, Map.of("day", DAY.toString(), "seconds", 1));
        assertThat(noFleet.status()).isEqualTo(422);
        assertThat(noFleet.problemCode()).isEqualTo("no-vehicles");

        assertThat(post("/api/vehicles", manager, van("VAN-1", 500)).status()).isEqualTo(201);
        assertThat(post("/api/vehicles", manager, van("VAN-2", 500)).status()).isEqualTo(201);
        double[][] sites = {{52.38, 4.91}, {52.40, 4.85}, {52.30, 4.95}, {52.36, 4.80}, {52.45, 4.99}, {52.33, 4.88}};
        for (int i = 0; i < sites.length; i++) {
            Map<String, Object> p = pickup("P" + i, sites[i][0], sites[i][1], 8, 16, 150);
            if (i == 0) {
                p.put("items", List.of(Map.of("sku", t.sku("laptop"), "quantity", 2)));
            }
            Res r = post("/api/pickups", t.token(Role.CUSTOMER), p);
            assertThat(r.status()).as(r.body()).isEqualTo(201);
        }
        Res tooHeavy = post("/api/pickups", t.token(Role.CUSTOMER), pickup("HEAVY", 52.35, 4.9, 8, 16, 900));
        assertThat(tooHeavy.status()).isEqualTo(201);

        Res plan = post("/api/pickup-plans", manager, Map.of("day", DAY.toString(), "seconds", 2));
        assertThat(plan.status()).as(plan.body()).isEqualTo(201);
        JsonNode p = plan.json();
        List<String> planned = p.path("routes").findValuesAsString("reference");
        assertThat(planned).containsExactlyInAnyOrder("P0", "P1", "P2", "P3", "P4", "P5");
        assertThat(p.path("unserved").get(0).path("reference").asString()).isEqualTo("HEAVY");
        assertThat(p.path("unserved").get(0).path("reason").asString()).contains("heavier");
        for (JsonNode route : p.path("routes")) {
            int kg = 0;
            for (JsonNode s : route.path("stops")) {
                kg += 150;
                assertThat(s.path("arrival").asString()).startsWith(DAY.toString());
            }
            assertThat(kg).isLessThanOrEqualTo(500);
        }
        assertThat(p.path("totalKm").decimalValue()).isPositive();

        // the route sheets: a page per vehicle, the stops in their planned order with what to collect
        String planId = p.path("id").asString();
        byte[] sheets = pdf("/api/pickup-plans/" + planId + "/route-sheets.pdf", manager);
        String text = pdfText(sheets);
        for (JsonNode route : p.path("routes")) {
            assertThat(text).contains("Route sheet " + route.path("vehicle").asString());
            int at = text.indexOf("Route sheet " + route.path("vehicle").asString());
            for (JsonNode stop : route.path("stops")) {
                int next = text.indexOf(stop.path("reference").asString() + " - Site", at);
                assertThat(next)
                        .as("stop %s after the previous one", stop.path("reference"))
                        .isGreaterThan(at);
                at = next;
            }
        }
        assertThat(text).contains("2 x " + t.sku("laptop")).contains("Handed over at Site P0");
        String oneVan = p.path("routes").get(0).path("vehicle").asString();
        assertThat(pdfText(pdf("/api/pickup-plans/" + planId + "/route-sheets.pdf?vehicle=" + oneVan, manager)))
                .contains("Route sheet " + oneVan)
                .doesNotContain("Route sheet " + (oneVan.equals("VAN-1") ? "VAN-2" : "VAN-1"));
        assertThat(get("/api/pickup-plans/" + planId + "/route-sheets.pdf?vehicle=NOPE", manager)
                        .status())
                .isEqualTo(404);

        // proof of pickup at P0: two laptops start their custody, in transit with the driver
        String p0 = get("/api/pickups?day=" + DAY, manager).json().findParents("reference").stream()
                .filter(n -> n.path("reference").asString().equals("P0"))
                .findFirst()
                .orElseThrow()
                .path("id")
                .asString();
        Res collected = post("/api/pickups/" + p0 + "/collected", t.token(Role.WAREHOUSE), Map.of());
        assertThat(collected.status()).as(collected.body()).isEqualTo(201);
        assertThat(collected.json()).hasSize(2);
        assertThat(collected.json().get(0).path("state").asString()).isEqualTo("IN_TRANSIT");
        assertThat(collected.json().get(0).path("sourceRef").asString()).isEqualTo("pickup:P0");
        assertThat(post("/api/pickups/" + p0 + "/collected", t.token(Role.WAREHOUSE), Map.of())
                        .problemCode())
                .isEqualTo("already-collected");
        String vehicle =
                get("/api/pickups/" + p0, manager).json().path("vehicle").asString();

        // a new request, planned again: the collected stop stays first on its vehicle
        post("/api/pickups", t.token(Role.CUSTOMER), pickup("LATE", 52.39, 4.93, 12, 17, 50));
        JsonNode again = post("/api/pickup-plans", manager, Map.of("day", DAY.toString(), "seconds", 2))
                .json();
        JsonNode route = again.path("routes").findParents("vehicle").stream()
                .filter(r -> r.path("vehicle").asString().equals(vehicle))
                .findFirst()
                .orElseThrow();
        assertThat(route.path("stops").get(0).path("reference").asString()).isEqualTo("P0");
        assertThat(again.path("routes").findValuesAsString("reference")).contains("LATE");
    }

    /**
     * The interactive case of the issue: 200 requests around Lyon on one day, 25 vans, planned over HTTP with the
     * default search time (5 s); the answer must be back within 10 s, every request on a route. The wall time is
     * printed for docs/benchmarks-vrp.md.
     */
    @Test
    void aTwoHundredStopPlanComesBackWithinTenSeconds() {
        Tenant t = newTenant();
        String manager = t.token(Role.MANAGER);
        for (int v = 0; v < 25; v++) {
            Map<String, Object> van = new LinkedHashMap<>(van("LY-" + v, 400));
            van.put("capacityLitres", 800);
            van.put("depotLat", 45.75);
            van.put("depotLon", 4.85);
            assertThat(post("/api/vehicles", manager, van).status()).isEqualTo(201);
        }
        java.util.Random random = new java.util.Random(11);
        for (int i = 0; i < 200; i++) {
            int from = 8 + random.nextInt(6);
            Map<String, Object> p = pickup(
                    "L" + i,
                    45.55 + random.nextDouble() * 0.4,
                    4.6 + random.nextDouble() * 0.5,
                    from,
                    from + 3,
                    5 + random.nextInt(26));
            p.put("volumeLitres", 5 + random.nextInt(60));
            assertThat(post("/api/pickups", t.token(Role.CUSTOMER), p).status()).isEqualTo(201);
        }
        long started = System.nanoTime();
        Res plan = post("/api/pickup-plans", manager, Map.of("day", DAY.toString()));
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(
                java.util.Locale.ROOT,
                "VRP interactive: 200 stops, 25 vans, default budget: %.2f s wall over HTTP, load average %s%n",
                seconds,
                loadAverage());
        assertThat(plan.status()).as(plan.body()).isEqualTo(201);
        assertThat(plan.json().path("unserved")).isEmpty();
        assertThat(plan.json().path("routes").findValuesAsString("reference")).hasSize(200);
        assertThat(seconds).isLessThan(10.0);
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg"))
                    .strip();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    @Test
    void badRequestsAreRefusedWithTheReasonAndWriteNothing() {
        Tenant t = newTenant();
        String customer = t.token(Role.CUSTOMER);
        Res offMap = post("/api/pickups", customer, pickup("X1", 95, 4.9, 8, 16, 10));
        assertThat(offMap.status()).isEqualTo(400);
        assertThat(offMap.json().path("detail").asString()).contains("out of range");
        Res backwards = post("/api/pickups", customer, pickup("X2", 52, 4.9, 16, 8, 10));
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.json().path("detail").asString()).contains("end after it starts");
        Res weightless = post("/api/pickups", customer, pickup("X3", 52, 4.9, 8, 16, 0));
        assertThat(weightless.status()).isEqualTo(400);
        assertThat(count("select count(*) from pickup_request where client_id = ?", t.id().value()))
                .isZero();
        Res shift = post(
                "/api/vehicles",
                t.token(Role.MANAGER),
                Map.of(
                        "code",
                        "V",
                        "capacityKg",
                        10,
                        "capacityLitres",
                        10,
                        "shiftStart",
                        "18:00",
                        "shiftEnd",
                        "07:00",
                        "depotLat",
                        52,
                        "depotLon",
                        4));
        assertThat(shift.status()).isEqualTo(400);
        assertThat(shift.json().path("detail").asString()).contains("shift");
    }
}
