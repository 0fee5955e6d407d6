package org.retrogistics.recalls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.retrogistics.access.Role;
import org.retrogistics.testing.ApiTestSupport;
import tools.jackson.databind.JsonNode;

/** Recall campaigns end to end over HTTP: matching, bulk returns, receipts counted, disposition forced, no-match. */
class RecallsIT extends ApiTestSupport {

    private static final List<String> RESALE =
            List.of("RETURN_TO_STOCK", "REFURBISH_AND_RESELL", "RESELL_AS_IS", "B2B_LOT");

    /** Places an order through the API; each line is sku, quantity, lot, serial (lot and serial may be null). */
    String order(Tenant t, String number, Object... skuQtyLotSerial) {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int i = 0; i < skuQtyLotSerial.length; i += 4) {
            Map<String, Object> l = new LinkedHashMap<>();
            l.put("sku", t.sku((String) skuQtyLotSerial[i]));
            l.put("quantity", skuQtyLotSerial[i + 1]);
            l.put("unitPrice", 10);
            l.put("lot", skuQtyLotSerial[i + 2]);
            l.put("serial", skuQtyLotSerial[i + 3]);
            lines.add(l);
        }
        String at = Instant.now().minus(5, ChronoUnit.DAYS).toString();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("orderNumber", t.code() + "-" + number);
        body.put("customerEmail", "owner-" + number + "@example.com");
        body.put("customerName", "Owner " + number);
        body.put("orderedAt", at);
        body.put("deliveredAt", at);
        body.put("currency", "USD");
        body.put("lines", lines);
        Res r = post("/api/orders", t.admin(), body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return t.code() + "-" + number;
    }

    static Map<String, Object> campaign(String sku, Object... criteria) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", "Overheating charger");
        m.put("sku", sku);
        m.put("remedy", "REPLACEMENT");
        for (int i = 0; i < criteria.length; i += 2) {
            m.put((String) criteria[i], criteria[i + 1]);
        }
        return m;
    }

    /** Launches and waits for the background job to finish; answers the campaign. */
    JsonNode launched(Tenant t, String id) {
        Res launch = post("/api/recalls/" + id + "/launch", t.token(Role.MANAGER), Map.of());
        assertThat(launch.status()).as(launch.body()).isEqualTo(202);
        assertThat(launch.header("Location")).isEqualTo("/api/recalls/" + id);
        return await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> get("/api/recalls/" + id, t.token(Role.AGENT)).json(),
                        j -> j.path("status").asString().equals("LAUNCHED"));
    }

    List<JsonNode> recallReturns(Tenant t) {
        List<JsonNode> out = new ArrayList<>();
        get("/api/returns?kind=RECALL&size=200", t.admin())
                .json()
                .path("content")
                .forEach(out::add);
        return out;
    }

    @Test
    void aLaunchOpensAuthorizedRecallReturnsForTheMatchingLinesOnly() {
        Tenant t = newTenant();
        String a = order(t, "A", "phone", 2, "L1", null, "shirt", 1, "L1", null);
        String b = order(t, "B", "phone", 1, "L2", null);
        String c = order(t, "C", "phone", 1, "L1", null, "phone", 1, "L1", null);
        String manager = t.token(Role.MANAGER);

        Res preview =
                post("/api/recalls/preview", t.token(Role.AGENT), campaign(t.sku("phone"), "lots", List.of("L1")));
        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
        assertThat(preview.json().path("orderLines").asInt()).isEqualTo(3);
        assertThat(preview.json().path("orders").asInt()).isEqualTo(2);
        assertThat(preview.json().path("expected").asInt()).isEqualTo(4);
        assertThat(count("select count(*) from recall_campaign where client_id = ?", t.id().value()))
                .isZero();

        Res created = post("/api/recalls", manager, campaign(t.sku("phone"), "lots", List.of("L1")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().path("status").asString()).isEqualTo("DRAFT");
        assertThat(recallReturns(t)).isEmpty();
        String id = created.json().path("id").asString();

        JsonNode done = launched(t, id);
        assertThat(done.path("progress").path("expected").asInt()).isEqualTo(4);
        assertThat(done.path("progress").path("returned").asInt()).isZero();
        assertThat(done.path("progress").path("outstanding").asInt()).isEqualTo(4);
        assertThat(done.path("progress").path("linesDone").asInt()).isEqualTo(3);

        // one return per order, one line per matching order line: the shirt and order B stay out
        List<JsonNode> returns = recallReturns(t);
        assertThat(returns).hasSize(2);
        for (JsonNode r : returns) {
            JsonNode full =
                    get("/api/returns/" + r.path("id").asString(), t.admin()).json();
            assertThat(full.path("status").asString()).isEqualTo("AUTHORIZED");
            assertThat(full.path("kind").asString()).isEqualTo("RECALL");
            assertThat(full.path("timeline").findValuesAsString("type"))
                    .containsExactly("ReturnRequested", "ReturnAuthorized");
            for (JsonNode line : full.path("lines")) {
                assertThat(line.path("reason").asString()).isEqualTo("RECALL");
                assertThat(line.path("sku").asString()).isEqualTo(t.sku("phone"));
                assertThat(line.path("orderNumber").asString()).isIn(a, c);
            }
        }
        assertThat(returns.stream().map(r -> r.path("customerEmail").asString()))
                .containsExactlyInAnyOrder("owner-A@example.com", "owner-C@example.com");
        assertThat(count(
                        "select count(*) from return_line l join return_request r on r.id = l.return_id"
                                + " where r.client_id = ? and l.order_number = ?",
                        t.id().value(),
                        b))
                .isZero();
        // the order lines are reserved like any return's: nothing left to return on them
        JsonNode orderA =
                get("/api/orders?number=" + a, t.admin()).json().path("content").get(0);
        assertThat(orderA.path("lines").get(0).path("returnedQuantity").asInt()).isEqualTo(2);
        assertThat(orderA.path("lines").get(0).path("lot").asString()).isEqualTo("L1");
        assertThat(orderA.path("lines").get(1).path("returnedQuantity").asInt()).isZero();

        JsonNode units =
                get("/api/recalls/" + id + "/units", t.token(Role.WAREHOUSE)).json();
        assertThat(units.path("totalElements").asInt()).isEqualTo(4);
        for (JsonNode u : units.path("content")) {
            assertThat(u.path("licencePlate").asString()).startsWith("LP");
            assertThat(u.path("state").asString()).isEqualTo("EXPECTED");
            assertThat(u.path("origin").asString()).isEqualTo("RECALL_RETURN");
            assertThat(u.path("rmaNumber").asString()).startsWith("RMA-");
        }
        // a second launch is not possible
        Res again = post("/api/recalls/" + id + "/launch", manager, Map.of());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.problemCode()).isEqualTo("recall-transition-not-allowed");
    }

    @Test
    void aSerialRangeTakesSerialsOfItsLengthBetweenTheBounds() {
        Tenant t = newTenant();
        for (String serial : List.of("SN0099", "SN0100", "SN0120", "SN0121", "SN01", "SM0100")) {
            order(t, serial, "phone", 1, null, serial);
        }
        Res created = post(
                "/api/recalls",
                t.token(Role.MANAGER),
                campaign(t.sku("phone"), "serialFrom", "SN0099", "serialTo", "SN0120"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode done = launched(t, created.json().path("id").asString());
        assertThat(done.path("progress").path("expected").asInt()).isEqualTo(3);
        List<String> serials = new ArrayList<>();
        get("/api/recalls/" + done.path("id").asString() + "/units", t.admin())
                .json()
                .path("content")
                .forEach(u -> serials.add(u.path("serial").asString()));
        assertThat(serials).containsExactlyInAnyOrder("SN0099", "SN0100", "SN0120");
        // a serial on a line of several items is refused at import
        Map<String, Object> bad = Map.of(
                "orderNumber",
                t.code() + "-BAD",
                "customerEmail",
                "x@example.com",
                "orderedAt",
                Instant.now().minus(1, ChronoUnit.DAYS).toString(),
                "currency",
                "USD",
                "lines",
                List.of(Map.of("sku", t.sku("phone"), "quantity", 2, "unitPrice", 1, "serial", "SN1")));
        Res refused = post("/api/orders", t.admin(), bad);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.problemCode()).isEqualTo("invalid-order");
    }

    @Test
    void aReceivedRecallUnitIsCountedAndItsDispositionExcludesResale() {
        Tenant t = newTenant();
        order(t, "S", "shirt", 1, "BAD-LOT", null);
        String created = post(
                        "/api/recalls?launch=true",
                        t.token(Role.MANAGER),
                        campaign(t.sku("shirt"), "lots", List.of("BAD-LOT")))
                .json()
                .path("id")
                .asString();
        String wh = t.token(Role.WAREHOUSE);
        await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> get("/api/recalls/" + created, wh)
                                .json()
                                .path("status")
                                .asString(),
                        "LAUNCHED"::equals);
        String rma = recallReturns(t).get(0).path("rmaNumber").asString();
        Res scan = post("/api/receiving/scans", wh, Map.of("code", rma));
        assertThat(scan.status()).as(scan.body()).isEqualTo(201);
        JsonNode progress = await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> get("/api/recalls/" + created, wh).json().path("progress"),
                        p -> p.path("returned").asInt() == 1);
        assertThat(progress.path("outstanding").asInt()).isZero();
        assertThat(progress.path("percentReturned").asInt()).isEqualTo(100);
        JsonNode unit = get("/api/recalls/" + created + "/units?returned=true", wh)
                .json()
                .path("content")
                .get(0);
        String unitId = unit.path("unitId").asString();
        assertThat(unit.path("receivedAt").isNull()).isFalse();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> count("select count(*) from inspection_task where unit_id = ?::uuid", unitId) == 1);
        Res graded = post(
                "/api/units/" + unitId + "/inspections",
                wh,
                Map.of("answers", Map.of("recall-match", "yes", "condition", "A", "photo-label", "label.jpg")));
        assertThat(graded.status()).as(graded.body()).isEqualTo(201);
        JsonNode d = await().atMost(Duration.ofSeconds(10))
                .until(() -> get("/api/units/" + unitId + "/disposition", wh), r -> r.status() == 200)
                .json();
        assertThat(d.path("option").asString()).isNotIn(RESALE);
        assertThat(d.path("options").toString()).contains("recalled-not-resold");
    }

    @Test
    void aUnitAlreadyDecidedIsDecidedAgainAsRecalled() {
        Tenant t = newTenant();
        String wh = t.token(Role.WAREHOUSE);
        String unitId = receivedUnit(t, "phone", "DEFECTIVE");
        inspect(t, unitId, phoneAnswers("pass", "A", "A"), "OK");
        JsonNode before = await().atMost(Duration.ofSeconds(10))
                .until(() -> get("/api/units/" + unitId + "/disposition", wh), r -> r.status() == 200)
                .json();
        assertThat(before.path("options").toString()).doesNotContain("recalled-not-resold");

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Res created = post(
                "/api/recalls?launch=true",
                t.token(Role.MANAGER),
                campaign(t.sku("phone"), "soldFrom", today.minusDays(30).toString(), "soldTo", today.toString()));
        assertThat(created.status()).as(created.body()).isEqualTo(202);
        String id = created.json().path("id").asString();
        JsonNode done = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> get("/api/recalls/" + id, wh).json(),
                        j -> j.path("status").asString().equals("LAUNCHED"));
        // the unit is with us already: expected and returned at once, no new return for it
        assertThat(done.path("progress").path("expected").asInt()).isEqualTo(1);
        assertThat(done.path("progress").path("returned").asInt()).isEqualTo(1);
        assertThat(recallReturns(t)).isEmpty();
        JsonNode u =
                get("/api/recalls/" + id + "/units", wh).json().path("content").get(0);
        assertThat(u.path("unitId").asString()).isEqualTo(unitId);
        assertThat(u.path("origin").asString()).isEqualTo("IN_CUSTODY");

        JsonNode after = await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> get("/api/units/" + unitId + "/disposition", wh).json(),
                        j -> j.path("revision").asInt()
                                > before.path("revision").asInt());
        assertThat(after.path("option").asString()).isNotIn(RESALE);
        assertThat(after.path("options").toString()).contains("recalled-not-resold");
        assertThat(after.path("changes").toString()).contains("recall RC-");
    }

    @Test
    void aCampaignThatMatchesNothingIsRefusedAndWritesNothing() {
        Tenant t = newTenant();
        order(t, "N", "phone", 1, "L1", null);
        String manager = t.token(Role.MANAGER);
        for (Map<String, Object> body : List.of(
                campaign(t.sku("phone"), "lots", List.of("NO-SUCH-LOT")),
                campaign(t.sku("shirt"), "lots", List.of("L1")),
                campaign(t.sku("phone"), "serialFrom", "A0", "serialTo", "A9"))) {
            for (String path : List.of("/api/recalls", "/api/recalls?launch=true")) {
                Res r = post(path, manager, body);
                assertThat(r.status()).as(r.body()).isEqualTo(422);
                assertThat(r.problemCode()).isEqualTo("recall-matches-nothing");
                assertThat(r.json().path("detail").asString()).contains("nothing to recall");
            }
            assertThat(post("/api/recalls/preview", manager, body)
                            .json()
                            .path("expected")
                            .asInt())
                    .isZero();
        }
        assertThat(count("select count(*) from recall_campaign where client_id = ?", t.id().value()))
                .isZero();
        assertThat(recallReturns(t)).isEmpty();

        Res invalid = post("/api/recalls", manager, campaign(t.sku("phone")));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.problemCode()).isEqualTo("invalid-recall-criteria");
        Res agent = post("/api/recalls", t.token(Role.AGENT), campaign(t.sku("phone"), "lots", List.of("L1")));
        assertThat(agent.status()).isEqualTo(403);
    }

    @Test
    void aCampaignNamedByGtinFindsTheProductAsWrittenOrAsItsGtin14() {
        Tenant t = newTenant();
        Res product = post(
                "/api/products",
                t.admin(),
                Map.of(
                        "sku",
                        "GTIN-PHONE",
                        "gtin",
                        "4006381333931",
                        "name",
                        "Phone",
                        "category",
                        "electronics",
                        "weightGrams",
                        100,
                        "unitValue",
                        10,
                        "currency",
                        "USD"));
        assertThat(product.status()).as(product.body()).isEqualTo(201);
        String manager = t.token(Role.MANAGER);
        for (String gtin : List.of("4006381333931", "04006381333931")) {
            Map<String, Object> body =
                    Map.of("name", "By GTIN", "gtin", gtin, "remedy", "REPLACEMENT", "lots", List.of("L1"));
            Res preview = post("/api/recalls/preview", manager, body);
            assertThat(preview.status()).as(preview.body()).isEqualTo(200);
            assertThat(preview.json().path("expected").asInt()).isZero();
        }
        Res unknown = post(
                "/api/recalls/preview",
                manager,
                Map.of("name", "By GTIN", "gtin", "4006381333948", "remedy", "REPLACEMENT", "lots", List.of("L1")));
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(404);
    }
}
