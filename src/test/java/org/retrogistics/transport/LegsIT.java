package org.retrogistics.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.retrogistics.access.Role;
import org.retrogistics.shared.Sscc;
import org.retrogistics.testing.ApiTestSupport;
import org.retrogistics.testing.Csv;
import tools.jackson.databind.JsonNode;

/** Consolidation legs over real HTTP: plan, load, dispatch, arrive; custody, cost shares, manifests, bad input. */
class LegsIT extends ApiTestSupport {

    private static final double[] AMS = {52.3676, 4.9041};
    private static final double[] RTM = {51.9244, 4.4777};

    private void sites(Tenant t) {
        String m = t.token(Role.MANAGER);
        site(m, "AMS", "Amsterdam hub", AMS[0], AMS[1]);
        site(m, "RTM", "Rotterdam refurb", RTM[0], RTM[1]);
        site(m, "NOWHERE", "Site without coordinates", null, null);
    }

    private void site(String token, String code, String name, Double lat, Double lon) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("code", code);
        s.put("name", name);
        s.put("kind", "WAREHOUSE");
        s.put("address", name + " street 1");
        s.put("latitude", lat);
        s.put("longitude", lon);
        Res r = post("/api/sites", token, s);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    private static Map<String, Object> leg(String from, String to, String mode, Object km, Object price) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("origin", from);
        b.put("destination", to);
        b.put("mode", mode);
        if (km != null) {
            b.put("distanceKm", km);
        }
        if (price != null) {
            b.put("price", price);
        }
        return b;
    }

    /** A tote with the given received units in it. */
    private String tote(Tenant t, List<String> units) {
        String wh = t.token(Role.WAREHOUSE);
        String sscc = post("/api/containers", wh, Map.of("kind", "TOTE", "location", "OUTBOUND"))
                .json()
                .path("sscc")
                .asString();
        for (String u : units) {
            Res moved = post("/api/units/" + u + "/moves", wh, Map.of("container", sscc));
            assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        }
        return sscc;
    }

    private byte[] bytes(String path, String token) {
        try {
            return HTTP.send(
                            HttpRequest.newBuilder(uri(path))
                                    .header("Authorization", "Bearer " + token)
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray())
                    .body();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aLegCarriesItsContainersInCustodyAndSharesItsCostOverTheUnits() throws IOException {
        Tenant t = newTenant();
        sites(t);
        String wh = t.token(Role.WAREHOUSE);
        List<String> units = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            units.add(receivedUnit(t, "shirt", "CHANGED_MIND"));
        }
        String sscc = tote(t, units);

        // distance from the sites' coordinates: great circle × road circuity; cost at the road rate
        Res estimated = post("/api/legs", wh, leg("AMS", "RTM", "ROAD", null, null));
        assertThat(estimated.status()).as(estimated.body()).isEqualTo(201);
        BigDecimal km = LegFigures.estimatedKm(AMS[0], AMS[1], RTM[0], RTM[1], new BigDecimal("1.20"));
        assertThat(estimated.json().path("distanceKm").decimalValue()).isEqualByComparingTo(km);
        assertThat(estimated.json().path("distanceBasis").asString()).isEqualTo("GREAT_CIRCLE");
        assertThat(new BigDecimal(estimated.json().path("cost").path("amount").asString()))
                .isEqualByComparingTo(
                        km.multiply(new BigDecimal("1.50")).setScale(2, java.math.RoundingMode.HALF_EVEN));
        assertThat(estimated.json().path("number").asString()).startsWith("LEG-");

        // a leg with its real distance and agreed price: 100.00 over three units
        JsonNode leg = post("/api/legs", wh, leg("AMS", "RTM", "ROAD", 80, 100)).json();
        String id = leg.path("id").asString();
        assertThat(leg.path("distanceBasis").asString()).isEqualTo("GIVEN");
        Res loaded = post("/api/legs/" + id + "/load", wh, Map.of("sscc", sscc));
        assertThat(loaded.status()).as(loaded.body()).isEqualTo(200);
        assertThat(loaded.json().path("units").asInt()).isEqualTo(3);
        assertThat(loaded.json().path("co2eFixed").asBoolean()).isFalse();
        Res twice = post("/api/legs/" + estimated.json().path("id").asString() + "/load", wh, Map.of("sscc", sscc));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.problemCode()).isEqualTo("container-on-leg");

        // a stale version is refused
        Res stale = post("/api/legs/" + id + "/dispatch", wh, Map.of(), "If-Match", "\"0\"");
        assertThat(stale.status()).isEqualTo(409);

        Res dispatched = post("/api/legs/" + id + "/dispatch", wh, Map.of());
        assertThat(dispatched.status()).as(dispatched.body()).isEqualTo(200);
        JsonNode d = dispatched.json();
        assertThat(d.path("status").asString()).isEqualTo("DISPATCHED");
        assertThat(d.path("weightKg").decimalValue()).isEqualByComparingTo("0.9");
        assertThat(d.path("co2eKg").decimalValue())
                .isEqualByComparingTo(LegFigures.co2eKg(new BigDecimal("80.0"), 900, new BigDecimal("126.31")));
        assertThat(d.path("co2eFixed").asBoolean()).isTrue();
        for (String u : units) {
            JsonNode unit = get("/api/units/" + u, wh).json();
            assertThat(unit.path("state").asString()).isEqualTo("IN_TRANSIT");
        }
        assertThat(post("/api/legs/" + id + "/load", wh, Map.of("sscc", tote(t, List.of())))
                        .problemCode())
                .isEqualTo("leg-state-conflict");

        Res arrived = post("/api/legs/" + id + "/arrive", wh, Map.of());
        assertThat(arrived.status()).as(arrived.body()).isEqualTo(200);
        assertThat(arrived.json().path("status").asString()).isEqualTo("ARRIVED");
        for (String u : units) {
            JsonNode unit = get("/api/units/" + u, wh).json();
            assertThat(unit.path("state").asString()).isEqualTo("IN_CUSTODY");
            assertThat(unit.path("location").asString()).isEqualTo("site RTM");
            JsonNode custody = get("/api/units/" + u + "/history", wh).json().path("custody");
            assertThat(custody.findValuesAsString("sourceRef"))
                    .filteredOn(s ->
                            s != null && s.equals("leg:" + leg.path("number").asString()))
                    .hasSize(2);
        }
        assertThat(get("/api/containers/" + sscc, wh)
                        .json()
                        .path("container")
                        .path("location")
                        .asString())
                .isEqualTo("site RTM");
        assertThat(post("/api/legs/" + id + "/arrive", wh, Map.of()).status()).isEqualTo(409);

        // the manifest: one row per unit, the shares add up to the cost exactly
        Res csv = get("/api/legs/" + id + "/manifest.csv", wh);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        // RFC 4180 records end in CRLF
        assertThat(csv.body()).endsWith("\r\n").doesNotContainPattern("[^\r]\n");
        List<List<String>> rows = Csv.parse(csv.body());
        assertThat(rows.get(0)).startsWith("leg", "origin", "destination", "mode", "container_sscc");
        assertThat(rows).hasSize(4);
        BigDecimal total = BigDecimal.ZERO;
        List<String> shares = new ArrayList<>();
        for (List<String> cells : rows.subList(1, rows.size())) {
            assertThat(cells.get(4)).isEqualTo(sscc);
            assertThat(cells.get(6)).startsWith("LP");
            assertThat(cells.get(9)).isEqualTo("0.3");
            shares.add(cells.get(12));
            total = total.add(new BigDecimal(cells.get(12)));
        }
        assertThat(total).isEqualByComparingTo("100.00");
        assertThat(shares).containsExactlyInAnyOrder("33.34", "33.33", "33.33");
        assertThat(count(
                        "select count(*) from transport_leg_unit where leg_id = ?::uuid and cost_share is not null",
                        id))
                .isEqualTo(3);

        byte[] pdf = bytes("/api/legs/" + id + "/manifest.pdf", wh);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text)
                    .contains(leg.path("number").asString())
                    .contains(sscc)
                    .contains("AMS");
            for (List<String> cells : rows.subList(1, rows.size())) {
                assertThat(text).contains(cells.get(6));
            }
        }

        JsonNode list = get("/api/legs?status=ARRIVED", t.token(Role.AGENT)).json();
        assertThat(list.path("content").findValuesAsString("number"))
                .containsExactly(leg.path("number").asString());
    }

    @Test
    void aPossiblyDamagedBatteryIsRefusedOnAirUntilInspectionFindsItSound() {
        Tenant t = newTenant();
        sites(t);
        String wh = t.token(Role.WAREHOUSE);
        String phone = receivedUnit(t, "phone", "DEFECTIVE");
        String sscc = tote(t, List.of(phone));
        String air = post("/api/legs", wh, leg("AMS", "RTM", "AIR", null, null))
                .json()
                .path("id")
                .asString();
        Res refused = post("/api/legs/" + air + "/load", wh, Map.of("sscc", sscc));
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.problemCode()).isEqualTo("no-air-with-damaged-battery");
        assertThat(refused.json().path("detail").asString()).contains("SP A154");
        assertThat(count("select count(*) from transport_leg_container where leg_id = ?::uuid", air))
                .isZero();

        // by road it goes, marked in the manifest with its UN number
        String road = post("/api/legs", wh, leg("AMS", "RTM", "ROAD", null, null))
                .json()
                .path("id")
                .asString();
        assertThat(post("/api/legs/" + road + "/load", wh, Map.of("sscc", sscc)).status())
                .isEqualTo(200);
        String csv = get("/api/legs/" + road + "/manifest.csv", wh).body();
        assertThat(csv).contains("UN3481").contains(",yes,");
        assertThat(post("/api/legs/" + road + "/cancel", t.token(Role.MANAGER), Map.of())
                        .json()
                        .path("status")
                        .asString())
                .isEqualTo("CANCELLED");

        // the inspection finds the battery sound: now it may fly
        inspect(t, phone, phoneAnswers("pass", "A", "A"), "OK");
        Res loaded = post("/api/legs/" + air + "/load", wh, Map.of("sscc", sscc));
        assertThat(loaded.status()).as(loaded.body()).isEqualTo(200);
    }

    @Test
    void badLegsAreRefusedWithTheReasonAndWriteNothing() {
        Tenant t = newTenant();
        sites(t);
        String wh = t.token(Role.WAREHOUSE);
        Res same = post("/api/legs", wh, leg("AMS", "AMS", "ROAD", null, null));
        assertThat(same.status()).isEqualTo(400);
        assertThat(same.json().path("detail").asString()).contains("one site to another");
        Res unknown = post("/api/legs", wh, leg("AMS", "XXX", "ROAD", null, null));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.problemCode()).isEqualTo("unknown-site");
        Res noCoordinates = post("/api/legs", wh, leg("AMS", "NOWHERE", "RAIL", null, null));
        assertThat(noCoordinates.status()).isEqualTo(400);
        assertThat(noCoordinates.json().path("detail").asString()).contains("distanceKm");
        assertThat(post("/api/legs", wh, leg("AMS", "NOWHERE", "RAIL", 120, null))
                        .status())
                .isEqualTo(201);
        assertThat(post("/api/legs", wh, leg("AMS", "RTM", "TELEPORT", null, null))
                        .status())
                .isEqualTo(400);
        assertThat(post("/api/legs", wh, leg("AMS", "RTM", "ROAD", -5, null)).status())
                .isEqualTo(400);
        assertThat(count("select count(*) from transport_leg where client_id = ?", t.id().value()))
                .isEqualTo(1);

        String id = post("/api/legs", wh, leg("AMS", "RTM", "SEA", 300, null))
                .json()
                .path("id")
                .asString();
        Res empty = post("/api/legs/" + id + "/dispatch", wh, Map.of());
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.problemCode()).isEqualTo("empty-leg");
        String nobodys = Sscc.of('0', "0614141", 987_654_321L).value();
        Res unknownContainer = post("/api/legs/" + id + "/load", wh, Map.of("sscc", nobodys));
        assertThat(unknownContainer.status()).isEqualTo(422);
        assertThat(unknownContainer.problemCode()).isEqualTo("unknown-container");
        assertThat(post("/api/legs/" + id + "/load", wh, Map.of("sscc", "123")).status())
                .isEqualTo(400);
        assertThat(count("select count(*) from transport_leg_container where leg_id = ?::uuid", id))
                .isZero();
    }
}
