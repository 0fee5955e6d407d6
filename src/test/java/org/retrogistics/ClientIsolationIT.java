package org.retrogistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.retrogistics.access.Role;
import org.retrogistics.testing.ApiTestSupport;
import org.retrogistics.testing.RecoveryFactsPublisher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * A token of client B can never see or change client A's data, on any endpoint. The test lists every API endpoint the
 * application maps and fails when one has no isolation check here, so a new endpoint cannot slip through.
 */
class ClientIsolationIT extends ApiTestSupport {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private Tenant a;
    private Tenant b;
    private String aOrder;
    private String aOrderId;
    private String aReturn;
    private String aRma;
    private String aUnit;
    private String aLicencePlate;
    private String aProductId;
    private String bToken;

    @BeforeEach
    void twoClients() {
        a = newTenant();
        b = newTenant();
        bToken = b.admin();
        aOrder = placeOrder(a, 3, "phone", 2, "shirt", 1);
        aOrderId = get("/api/orders?number=" + aOrder, a.admin())
                .json()
                .path("content")
                .get(0)
                .path("id")
                .asString();
        JsonNode r = post(
                        "/api/returns", a.token(Role.CUSTOMER), returnOf(line(aOrder, 1, 1, "CHANGED_MIND", "REFUND")))
                .json();
        aReturn = r.path("id").asString();
        aRma = r.path("rmaNumber").asString();
        JsonNode unit =
                get("/api/returns/" + aReturn + "/units", a.admin()).json().get(0);
        aUnit = unit.path("id").asString();
        aLicencePlate = unit.path("licencePlate").asString();
        aProductId = a.products().get("phone").id().toString();
    }

    private void notFound(Res r) {
        assertThat(r.status()).as(r.body()).isEqualTo(404);
        assertThat(r.contentType()).startsWith("application/problem+json");
        // the answer may echo what B sent, but nothing B did not know already
        assertThat(r.body())
                .doesNotContain("Sam Shopper")
                .doesNotContain(a.products().get("phone").name());
    }

    private void refusedAsUnknownSku(Res r) {
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        assertThat(r.problemCode()).isEqualTo("unknown-sku");
    }

    private Consumer<Res> withoutAsData() {
        return r -> {
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            assertThat(r.body()).doesNotContain(a.code()).doesNotContain(aRma).doesNotContain(aLicencePlate);
        };
    }

    private Consumer<Res> createdForB() {
        return r -> {
            assertThat(r.status()).as(r.body()).isEqualTo(201);
            assertThat(r.body()).doesNotContain(a.code());
        };
    }

    @Test
    void everyApiEndpointKeepsClientsApart() {
        Map<String, Function<String, Res>> calls = new LinkedHashMap<>();
        Map<String, Consumer<Res>> checks = new LinkedHashMap<>();
        String order =
                "{\"orderNumber\":\"%s\",\"customerEmail\":\"b@example.com\",\"orderedAt\":\"%s\",\"currency\":\"USD\","
                        + "\"lines\":[{\"sku\":\"" + a.sku("phone") + "\",\"quantity\":1,\"unitPrice\":1}]}";
        String yesterday = Instant.now().minus(1, ChronoUnit.DAYS).toString();
        Map<String, Object> product = Map.of(
                "sku",
                "B-OWN-1",
                "name",
                "B's own",
                "category",
                "electronics",
                "weightGrams",
                1,
                "unitValue",
                1,
                "currency",
                "USD");
        Map<String, Object> aReturnRequest = returnOf(line(aOrder, 1, 1, "CHANGED_MIND", "REFUND"));

        put(calls, checks, "GET /api/client", tk -> get("/api/client", tk), r -> {
            assertThat(r.json().path("code").asString()).isEqualTo(b.code());
        });
        put(calls, checks, "GET /api/products", tk -> get("/api/products?size=500", tk), withoutAsData());
        put(calls, checks, "GET /api/products/{id}", tk -> get("/api/products/" + aProductId, tk), this::notFound);
        put(calls, checks, "POST /api/products", tk -> post("/api/products", tk, product), r -> {
            assertThat(r.status()).isEqualTo(201);
            assertThat(r.json().path("clientId").asString()).isEqualTo(b.id().toString());
        });
        put(
                calls,
                checks,
                "POST /api/products/bulk",
                tk -> post(
                        "/api/products/bulk",
                        tk,
                        Map.of(
                                "products",
                                List.of(Map.of(
                                        "sku",
                                        "B-OWN-2",
                                        "name",
                                        "B's",
                                        "category",
                                        "apparel",
                                        "weightGrams",
                                        1,
                                        "unitValue",
                                        1,
                                        "currency",
                                        "USD")))),
                r -> assertThat(r.status()).isEqualTo(201));
        put(calls, checks, "GET /api/sites", tk -> get("/api/sites", tk), withoutAsData());
        put(
                calls,
                checks,
                "POST /api/sites",
                tk -> post("/api/sites", tk, Map.of("code", "B-1", "name", "B site", "kind", "WAREHOUSE")),
                createdForB());
        put(
                calls,
                checks,
                "POST /api/orders",
                tk -> post("/api/orders", tk, order.formatted(b.code() + "-1", yesterday)),
                this::refusedAsUnknownSku);
        put(
                calls,
                checks,
                "POST /api/orders/bulk",
                tk -> post(
                        "/api/orders/bulk", tk, "{\"orders\":[" + order.formatted(b.code() + "-2", yesterday) + "]}"),
                this::refusedAsUnknownSku);
        put(calls, checks, "GET /api/orders", tk -> get("/api/orders?number=" + aOrder, tk), r -> {
            assertThat(r.json().path("totalElements").asInt()).isZero();
        });
        put(calls, checks, "GET /api/orders/{id}", tk -> get("/api/orders/" + aOrderId, tk), this::notFound);
        put(
                calls,
                checks,
                "POST /api/returns/eligibility",
                tk -> post("/api/returns/eligibility", tk, aReturnRequest),
                this::notFound);
        put(calls, checks, "POST /api/returns", tk -> post("/api/returns", tk, aReturnRequest), this::notFound);
        put(
                calls,
                checks,
                "POST /api/returns/return-to-sender",
                tk -> post(
                        "/api/returns/return-to-sender",
                        tk,
                        Map.of("orderNumber", aOrder, "carrier", "DHL", "trackingNumber", "1")),
                this::notFound);
        put(calls, checks, "GET /api/returns", tk -> get("/api/returns?rma=" + aRma, tk), r -> {
            assertThat(r.json().path("totalElements").asInt()).isZero();
        });
        put(calls, checks, "GET /api/returns/{id}", tk -> get("/api/returns/" + aReturn, tk), this::notFound);
        put(
                calls,
                checks,
                "GET /api/returns/by-rma/{rmaNumber}",
                tk -> get("/api/returns/by-rma/" + aRma, tk),
                this::notFound);
        put(
                calls,
                checks,
                "GET /api/returns/{id}/units",
                tk -> get("/api/returns/" + aReturn + "/units", tk),
                this::notFound);
        for (String action : List.of("authorize", "reject", "cancel", "ship", "receipts", "close")) {
            Map<String, Object> body =
                    switch (action) {
                        case "reject", "cancel" -> Map.of("reason", "x");
                        case "ship" -> Map.of("carrier", "UPS", "trackingNumber", "1");
                        case "receipts" -> Map.of("lineNo", 1, "quantity", 1);
                        default -> Map.of();
                    };
            put(
                    calls,
                    checks,
                    "POST /api/returns/{id}/" + action,
                    tk -> post("/api/returns/" + aReturn + "/" + action, tk, body),
                    this::notFound);
        }
        put(calls, checks, "GET /api/return-policy", tk -> get("/api/return-policy", tk), r -> {
            assertThat(r.json().path("id").asString())
                    .isEqualTo(policies.current(b.id()).getId().toString());
        });
        put(calls, checks, "GET /api/return-policy/versions", tk -> get("/api/return-policy/versions", tk), r -> {
            assertThat(r.json()).hasSize(policies.versions(b.id()).size());
            assertThat(r.json().get(0).path("id").asString())
                    .isNotEqualTo(policies.current(a.id()).getId().toString());
        });
        put(
                calls,
                checks,
                "POST /api/return-policy",
                tk -> post(
                        "/api/return-policy",
                        tk,
                        Map.of(
                                "windowDays",
                                10,
                                "shipWithinDays",
                                5,
                                "offeredResolutions",
                                List.of("REFUND"),
                                "moneyMoves",
                                "ON_RECEIPT")),
                r -> assertThat(r.status()).isEqualTo(201));
        put(calls, checks, "GET /api/reason-codes", tk -> get("/api/reason-codes", tk), withoutAsData());
        put(calls, checks, "GET /api/units", tk -> get("/api/units?identity=" + aLicencePlate, tk), r -> {
            assertThat(r.json()).isEmpty();
        });
        put(calls, checks, "GET /api/units/{id}", tk -> get("/api/units/" + aUnit, tk), this::notFound);
        put(
                calls,
                checks,
                "GET /api/units/{id}/history",
                tk -> get("/api/units/" + aUnit + "/history", tk),
                this::notFound);
        put(
                calls,
                checks,
                "GET /api/units/{id}/custody/verify",
                tk -> get("/api/units/" + aUnit + "/custody/verify", tk),
                this::notFound);
        // the audit trail: B reads and exports its own rows only (A's return and RMA are in A's trail)
        put(calls, checks, "GET /api/audit", tk -> get("/api/audit?size=200", tk), r -> {
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.body()).doesNotContain(aRma).doesNotContain(a.code());
        });
        put(calls, checks, "GET /api/audit/export.csv", tk -> get("/api/audit/export.csv", tk), r -> {
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.body()).doesNotContain(aRma).doesNotContain(a.code());
        });

        put(calls, checks, "GET /api/users", tk -> get("/api/users", tk), r -> {
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.body()).contains(b.code() + "-agent").doesNotContain(a.code());
        });
        put(
                calls,
                checks,
                "POST /api/users",
                tk -> post(
                        "/api/users",
                        tk,
                        Map.of(
                                "username",
                                b.code() + "-extra",
                                "password",
                                "a-long-password",
                                "displayName",
                                "Extra",
                                "roles",
                                List.of("AGENT"))),
                createdForB());
        put(
                calls,
                checks,
                "POST /api/tokens",
                tk -> post("/api/tokens", tk, Map.of("name", "extra", "roles", List.of("AGENT"))),
                r -> {
                    assertThat(r.status()).isEqualTo(201);
                    String token = r.json().path("token").asString();
                    assertThat(get("/api/client", token).json().path("code").asString())
                            .isEqualTo(b.code());
                });

        warehouseEndpoints(calls, checks);
        recallEndpoints(calls, checks);
        recoveryEndpoints(calls, checks);
        recyclingEndpoints(calls, checks);
        resaleEndpoints(calls, checks);
        refundEndpoints(calls, checks);
        accessEndpoints(calls, checks);
        integrationEndpoints(calls, checks);
        historyEndpoints(calls, checks);

        assertThat(calls.keySet())
                .as("every mapped API endpoint has an isolation check")
                .containsExactlyInAnyOrderElementsOf(apiEndpoints());

        String aBefore = snapshotOfA();
        calls.forEach((endpoint, call) -> {
            try {
                checks.get(endpoint).accept(call.apply(bToken));
            } catch (AssertionError e) {
                throw new AssertionError(endpoint + ": " + e.getMessage(), e);
            }
        });
        assertThat(snapshotOfA()).as("client A's data is unchanged").isEqualTo(aBefore);
    }

    /** Users, tokens and their audit: A's token ids and user names are unknown to B. */
    private void accessEndpoints(Map<String, Function<String, Res>> calls, Map<String, Consumer<Res>> checks) {
        List<String> aTokens = jdbc.sql("select id::text from api_token where client_id = ?")
                .params(a.id().value())
                .query(String.class)
                .list();
        String aToken = aTokens.get(0);
        String aUser = a.code() + "-agent";
        Map<String, String> reason = Map.of("reason", "isolation check");
        put(calls, checks, "GET /api/tokens", tk -> get("/api/tokens", tk), r -> {
            assertThat(r.status()).isEqualTo(200);
            assertThat(aTokens).allSatisfy(id -> assertThat(r.body()).doesNotContain(id));
        });
        put(
                calls,
                checks,
                "POST /api/tokens/{id}/revoke",
                tk -> post("/api/tokens/" + aToken + "/revoke", tk, reason),
                this::notFound);
        put(
                calls,
                checks,
                "POST /api/users/{username}/disable",
                tk -> post("/api/users/" + aUser + "/disable", tk, reason),
                this::notFound);
        put(
                calls,
                checks,
                "POST /api/users/{username}/enable",
                tk -> post("/api/users/" + aUser + "/enable", tk, reason),
                this::notFound);
        put(
                calls,
                checks,
                "PUT /api/users/{username}/roles",
                tk -> putBody(
                        "/api/users/" + aUser + "/roles",
                        tk,
                        "application/json",
                        "{\"roles\":[\"ADMIN\"],\"reason\":\"isolation check\"}"),
                this::notFound);
        put(
                calls,
                checks,
                "POST /api/users/{username}/password-reset",
                tk -> post("/api/users/" + aUser + "/password-reset", tk, reason),
                this::notFound);
        put(calls, checks, "GET /api/access-audit", tk -> get("/api/access-audit", tk), r -> {
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.body()).doesNotContain(a.code());
        });
        // a token has no password of its own; a user changes only their own
        put(
                calls,
                checks,
                "POST /api/account/password",
                tk -> post(
                        "/api/account/password",
                        tk,
                        Map.of("currentPassword", "secret-agent", "newPassword", "isolation-check-1")),
                r -> assertThat(r.status()).isEqualTo(403));
    }

    /** A's unit received, graded and decided, with a work order, a container and a checklist of its own. */
    private record Warehouse(String sscc, String checklistId, String workOrderId, String tracking) {}

    private Warehouse warehouseOfA() {
        String wh = a.token(Role.WAREHOUSE);
        // the label first: it is issued only while the return waits for its parcel
        String tracking = post("/api/returns/" + aReturn + "/label", a.token(Role.CUSTOMER), Map.of())
                .json()
                .path("trackingNumber")
                .asString();
        assertThat(tracking).startsWith("RP");
        assertThat(post("/api/receiving/scans", wh, Map.of("code", aRma)).status())
                .isEqualTo(201);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> count("select count(*) from inspection_task where unit_id = ?::uuid", aUnit) == 1);
        Res graded = post(
                "/api/units/" + aUnit + "/inspections",
                wh,
                Map.of(
                        "answers",
                        Map.of("tags-packaging", "yes", "torn-stained", "no", "condition", "A"),
                        "batteryState",
                        "OK"));
        assertThat(graded.status()).as(graded.body()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> get("/api/units/" + aUnit + "/disposition", wh).status() == 200);
        String sscc = post("/api/containers", wh, Map.of("kind", "TOTE"))
                .json()
                .path("sscc")
                .asString();
        Map<String, Object> item = Map.of(
                "key", "a-only", "text", "A's own check", "kind", "PASS_FAIL", "required", true, "failGrade", "F2");
        String checklist = post(
                        "/api/checklists",
                        a.token(Role.MANAGER),
                        Map.of("path", "COSMETIC_CHECK", "name", "A's checklist", "items", List.of(item)))
                .json()
                .path("id")
                .asString();
        String workOrder = post("/api/work-orders", a.token(Role.MANAGER), Map.of("unitId", aUnit, "kind", "RELABEL"))
                .json()
                .path("id")
                .asString();
        return new Warehouse(sscc, checklist, workOrder, tracking);
    }

    private Res putBody(String path, String token, String contentType, String body) {
        return send(
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", contentType)
                        .PUT(HttpRequest.BodyPublishers.ofString(body)),
                token);
    }

    private void warehouseEndpoints(Map<String, Function<String, Res>> calls, Map<String, Consumer<Res>> checks) {
        Warehouse w = warehouseOfA();
        String bTech = b.token(Role.TECHNICIAN);
        put(
                calls,
                checks,
                "POST /api/receiving/scans",
                tk -> post("/api/receiving/scans", tk, Map.of("code", aLicencePlate)),
                this::notFound);
        put(
                calls,
                checks,
                "POST /api/receiving/blind",
                tk -> post("/api/receiving/blind", tk, Map.of("sku", a.sku("phone"))),
                this::refusedAsUnknownSku);
        put(calls, checks, "GET /api/receiving/receipts", tk -> get("/api/receiving/receipts", tk), withoutAsData());
        put(
                calls,
                checks,
                "POST /api/containers",
                tk -> post("/api/containers", tk, Map.of("kind", "PALLET")),
                createdForB());
        put(calls, checks, "GET /api/containers/{sscc}", tk -> get("/api/containers/" + w.sscc(), tk), this::notFound);
        put(
                calls,
                checks,
                "POST /api/containers/{sscc}/nest",
                tk -> post("/api/containers/" + w.sscc() + "/nest", tk, Map.of("into", w.sscc())),
                this::notFound);
        String aTracking = w.tracking();
        put(
                calls,
                checks,
                "POST /api/returns/{id}/label",
                tk -> post("/api/returns/" + aReturn + "/label", tk, Map.of()),
                this::notFound);
        put(
                calls,
                checks,
                "GET /api/shipments/{trackingNumber}",
                tk -> get("/api/shipments/" + aTracking, tk),
                this::notFound);
        put(
                calls,
                checks,
                "GET /api/shipments/{trackingNumber}/label.pdf",
                tk -> get("/api/shipments/" + aTracking + "/label.pdf", tk),
                r -> assertThat(r.status()).isEqualTo(404));
        // carriers sign instead of holding a token: B's token is no credential there
        put(
                calls,
                checks,
                "POST /api/carrier-events/{carrier}",
                tk -> post(
                        "/api/carrier-events/retropost",
                        tk,
                        Map.of(
                                "eventId",
                                "x",
                                "trackingNumber",
                                aTracking,
                                "type",
                                "DELIVERED",
                                "occurredAt",
                                "2026-01-01T00:00:00Z")),
                r -> {
                    assertThat(r.status()).isEqualTo(401);
                    assertThat(r.problemCode()).isEqualTo("bad-signature");
                });
        // pickups: A has a van, a pickup and a plan for a day
        String day =
                java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(2).toString();
        Map<String, Object> vanBody = Map.of(
                "code",
                "VAN",
                "capacityKg",
                500,
                "capacityLitres",
                500,
                "shiftStart",
                "07:00",
                "shiftEnd",
                "18:00",
                "depotLat",
                52.0,
                "depotLon",
                4.0);
        java.util.function.Function<String, Map<String, Object>> pickupBody = ref -> Map.of(
                "reference",
                ref,
                "siteName",
                "Site",
                "latitude",
                52.1,
                "longitude",
                4.1,
                "windowStart",
                day + "T08:00:00Z",
                "windowEnd",
                day + "T16:00:00Z",
                "weightKg",
                10,
                "volumeLitres",
                10);
        post("/api/vehicles", a.token(Role.MANAGER), vanBody);
        String aPickup = post("/api/pickups", a.token(Role.CUSTOMER), pickupBody.apply(a.code() + "-P"))
                .json()
                .path("id")
                .asString();
        String aPlan = post("/api/pickup-plans", a.token(Role.MANAGER), Map.of("day", day, "seconds", 1))
                .json()
                .path("id")
                .asString();
        put(calls, checks, "POST /api/vehicles", tk -> post("/api/vehicles", tk, vanBody), createdForB());
        put(calls, checks, "GET /api/vehicles", tk -> get("/api/vehicles", tk), withoutAsData());
        put(
                calls,
                checks,
                "POST /api/pickups",
                tk -> post("/api/pickups", tk, pickupBody.apply(b.code() + "-P")),
                createdForB());
        put(calls, checks, "GET /api/pickups", tk -> get("/api/pickups?day=" + day, tk), r -> {
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.body()).doesNotContain(a.code()).doesNotContain(aPickup);
        });
        put(calls, checks, "GET /api/pickups/{id}", tk -> get("/api/pickups/" + aPickup, tk), this::notFound);
        put(
                calls,
                checks,
                "POST /api/pickups/{id}/collected",
                tk -> post("/api/pickups/" + aPickup + "/collected", tk, Map.of()),
                this::notFound);
        put(
                calls,
                checks,
                "POST /api/pickup-plans",
                tk -> post("/api/pickup-plans", tk, Map.of("day", day, "seconds", 1)),
                r -> {
                    assertThat(r.status()).as(r.body()).isIn(201, 422);
                    assertThat(r.body()).doesNotContain(a.code()).doesNotContain(aPickup);
                });
        put(calls, checks, "GET /api/pickup-plans/{id}", tk -> get("/api/pickup-plans/" + aPlan, tk), this::notFound);
        put(
                calls,
                checks,
                "GET /api/pickup-plans/{id}/route-sheets.pdf",
                tk -> get("/api/pickup-plans/" + aPlan + "/route-sheets.pdf", tk),
                r -> assertThat(r.status()).isEqualTo(404));
        // legs: A has two sites and a leg between them
        for (String code : List.of("A-FROM", "A-TO")) {
            post(
                    "/api/sites",
                    a.token(Role.MANAGER),
                    Map.of("code", code, "name", code, "kind", "WAREHOUSE", "latitude", 52.0, "longitude", 4.5));
        }
        Map<String, Object> legBody =
                Map.of("origin", "A-FROM", "destination", "A-TO", "mode", "ROAD", "distanceKm", 50);
        JsonNode aLeg = post("/api/legs", a.admin(), legBody).json();
        String aLegId = aLeg.path("id").asString();
        String aLegNumber = aLeg.path("number").asString();
        put(calls, checks, "POST /api/legs", tk -> post("/api/legs", tk, legBody), r -> {
            assertThat(r.status()).as(r.body()).isEqualTo(422);
            assertThat(r.problemCode()).isEqualTo("unknown-site");
        });
        put(calls, checks, "GET /api/legs", tk -> get("/api/legs", tk), r -> {
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.body()).doesNotContain(aLegId).doesNotContain(aLegNumber);
        });
        put(calls, checks, "GET /api/legs/{id}", tk -> get("/api/legs/" + aLegId, tk), this::notFound);
        put(
                calls,
                checks,
                "POST /api/legs/{id}/load",
                tk -> post("/api/legs/" + aLegId + "/load", tk, Map.of("sscc", w.sscc())),
                this::notFound);
        for (String step : List.of("dispatch", "arrive", "cancel")) {
            put(
                    calls,
                    checks,
                    "POST /api/legs/{id}/" + step,
                    tk -> post("/api/legs/" + aLegId + "/" + step, tk, Map.of()),
                    this::notFound);
        }
        for (String doc : List.of("manifest.csv", "manifest.pdf")) {
            put(
                    calls,
                    checks,
                    "GET /api/legs/{id}/" + doc,
                    tk -> get("/api/legs/" + aLegId + "/" + doc, tk),
                    r -> assertThat(r.status()).isEqualTo(404));
        }
        put(
                calls,
                checks,
                "POST /api/containers/{sscc}/moves",
                tk -> post("/api/containers/" + w.sscc() + "/moves", tk, Map.of("location", "OUTBOUND")),
                this::notFound);
        put(
                calls,
                checks,
                "POST /api/units/{id}/moves",
                tk -> post("/api/units/" + aUnit + "/moves", tk, Map.of("location", "STOCK")),
                this::notFound);
        put(
                calls,
                checks,
                "POST /api/units/{id}/outcome",
                tk -> post("/api/units/" + aUnit + "/outcome", tk, Map.of("outcome", "RESTOCKED")),
                this::notFound);
        put(
                calls,
                checks,
                "GET /api/units/{id}/outcome",
                tk -> get("/api/units/" + aUnit + "/outcome", tk),
                this::notFound);
        put(calls, checks, "GET /api/inspections/queue", tk -> get("/api/inspections/queue", tk), withoutAsData());
        put(
                calls,
                checks,
                "GET /api/units/{id}/checklist",
                tk -> get("/api/units/" + aUnit + "/checklist", tk),
                this::notFound);
        put(
                calls,
                checks,
                "POST /api/units/{id}/inspections",
                tk -> post("/api/units/" + aUnit + "/inspections", tk, Map.of("answers", Map.of("condition", "D"))),
                this::notFound);
        put(
                calls,
                checks,
                "GET /api/units/{id}/inspections",
                tk -> get("/api/units/" + aUnit + "/inspections", tk),
                this::notFound);
        put(
                calls,
                checks,
                "POST /api/checklists",
                tk -> post(
                        "/api/checklists",
                        tk,
                        Map.of(
                                "path",
                                "COSMETIC_CHECK",
                                "name",
                                "B's",
                                "items",
                                List.of(Map.of("key", "c", "text", "C", "kind", "COSMETIC", "required", true)))),
                r -> assertThat(r.status()).isEqualTo(201));
        put(calls, checks, "GET /api/checklists", tk -> get("/api/checklists", tk), r -> {
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.body()).doesNotContain(w.checklistId()).doesNotContain("A's checklist");
        });
        put(
                calls,
                checks,
                "GET /api/checklists/{id}",
                tk -> get("/api/checklists/" + w.checklistId(), tk),
                this::notFound);
        put(
                calls,
                checks,
                "GET /api/units/{id}/disposition",
                tk -> get("/api/units/" + aUnit + "/disposition", tk),
                this::notFound);
        put(
                calls,
                checks,
                "POST /api/units/{id}/disposition/override",
                tk -> post(
                        "/api/units/" + aUnit + "/disposition/override",
                        tk,
                        Map.of("option", "DESTROY", "reason", "not yours")),
                this::notFound);
        put(calls, checks, "GET /api/disposition/table", tk -> get("/api/disposition/table", tk), r -> {
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.body()).doesNotContain(a.id().toString());
        });
        put(
                calls,
                checks,
                "PUT /api/disposition/table",
                tk -> putBody(
                        "/api/disposition/table",
                        tk,
                        "text/csv",
                        get("/api/disposition/table", tk)
                                        .body()
                                        .lines()
                                        .filter(l -> l.startsWith("client,"))
                                        .findFirst()
                                        .orElseThrow()
                                + "\n*,apparel,*,DONATE,0,1,0,0,0,0,0,0,0,0,0,0,0,test\n"),
                r -> assertThat(r.status()).as(r.body()).isEqualTo(202));
        put(calls, checks, "GET /api/disposition/rules", tk -> get("/api/disposition/rules", tk), r -> {
            assertThat(r.status()).isEqualTo(200);
        });
        put(
                calls,
                checks,
                "PUT /api/disposition/rules",
                tk -> putBody("/api/disposition/rules", tk, "text/plain", "never DONATE brand=Test"),
                r -> assertThat(r.status()).isEqualTo(202));
        put(
                calls,
                checks,
                "GET /api/disposition/reevaluations/latest",
                tk -> get("/api/disposition/reevaluations/latest", tk),
                r -> {
                    // B's own re-evaluations, over B's decisions (none): never A's
                    assertThat(r.status()).isIn(200, 404);
                    if (r.status() == 200) {
                        assertThat(r.json().path("total").asInt()).isZero();
                    }
                });
        put(calls, checks, "GET /api/work-orders", tk -> get("/api/work-orders", tk), r -> {
            assertThat(r.json().path("totalElements").asInt()).isZero();
        });
        put(
                calls,
                checks,
                "POST /api/work-orders",
                tk -> post("/api/work-orders", tk, Map.of("unitId", aUnit, "kind", "REPAIR")),
                this::notFound);
        put(
                calls,
                checks,
                "GET /api/work-orders/{id}",
                tk -> get("/api/work-orders/" + w.workOrderId(), tk),
                this::notFound);
        put(
                calls,
                checks,
                "GET /api/work-orders/{id}/timeline",
                tk -> get("/api/work-orders/" + w.workOrderId() + "/timeline", tk),
                this::notFound);
        put(
                calls,
                checks,
                "GET /api/work-orders/{id}/label.pdf",
                tk -> get("/api/work-orders/" + w.workOrderId() + "/label.pdf", tk),
                r -> assertThat(r.status()).isEqualTo(404));
        put(
                calls,
                checks,
                "POST /api/work-orders/{id}/assign",
                tk -> post("/api/work-orders/" + w.workOrderId() + "/assign", tk, Map.of("technician", "x")),
                this::notFound);
        put(
                calls,
                checks,
                "POST /api/work-orders/{id}/cancel",
                tk -> post("/api/work-orders/" + w.workOrderId() + "/cancel", tk, Map.of("reason", "x")),
                this::notFound);
        // the technician's steps, with B's technician token
        Map<String, Map<String, Object>> steps = Map.of(
                "start", Map.of(),
                "pause", Map.of(),
                "tests", Map.of("name", "label-scan", "passed", true),
                "parts", Map.of("sku", "P", "quantity", 1),
                "labour", Map.of("minutes", 5),
                "complete", Map.of());
        steps.forEach((step, body) -> put(
                calls,
                checks,
                "POST /api/work-orders/{id}/" + step,
                tk -> post("/api/work-orders/" + w.workOrderId() + "/" + step, bTech, body),
                this::notFound));
        put(
                calls,
                checks,
                "PUT /api/technicians/{name}/qualifications",
                // A's technician is as unknown to B as a name nobody has
                tk -> putBody(
                        "/api/technicians/" + a.technicianName() + "/qualifications",
                        tk,
                        "application/json",
                        "{\"families\":[\"b\"]}"),
                this::notFound);
        put(
                calls,
                checks,
                "GET /api/technicians/{name}/qualifications",
                tk -> get("/api/technicians/" + a.technicianName() + "/qualifications", tk),
                this::notFound);
        put(
                calls,
                checks,
                "GET /api/workshop/outcome-queue",
                tk -> get("/api/workshop/outcome-queue", tk),
                withoutAsData());
        putBody(
                "/api/technicians/" + a.technicianName() + "/qualifications",
                a.token(Role.MANAGER),
                "application/json",
                "{\"families\":[\"a-family\"]}");
        warehouse = w;
    }

    private Warehouse warehouse;

    @Autowired
    org.retrogistics.refunds.StoreCreditLedger storeCredit;

    private String aRefund;

    /** A's refund, paid after A's unit was inspected (by event), and store credit of A's customer. */
    private void refundEndpoints(Map<String, Function<String, Res>> calls, Map<String, Consumer<Res>> checks) {
        await().atMost(Duration.ofSeconds(15))
                .until(() -> count("select count(*) from money_movement where return_id = ?::uuid", aReturn) == 1);
        aRefund = jdbc.sql("select id::text from money_movement where return_id = ?::uuid")
                .param(aReturn)
                .query(String.class)
                .single();
        storeCredit.credit(
                a.id(),
                "shopper@example.com",
                org.retrogistics.shared.Money.of("5.00", "USD"),
                "isolation-test",
                "test");
        put(
                calls,
                checks,
                "GET /api/returns/{id}/resolutions",
                tk -> get("/api/returns/" + aReturn + "/resolutions", tk),
                this::notFound);
        put(
                calls,
                checks,
                "POST /api/returns/{id}/resolutions",
                tk -> post("/api/returns/" + aReturn + "/resolutions", tk, Map.of("lineNo", 1, "kind", "REFUND")),
                this::notFound);
        put(
                calls,
                checks,
                "POST /api/returns/{id}/resolutions/{resolutionId}/withdraw",
                tk -> post(
                        "/api/returns/" + aReturn + "/resolutions/" + java.util.UUID.randomUUID() + "/withdraw",
                        tk,
                        Map.of("reason", "probe")),
                this::notFound);
        put(
                calls,
                checks,
                "POST /api/returns/{id}/lost",
                tk -> post("/api/returns/" + aReturn + "/lost", tk, Map.of("reason", "probe")),
                this::notFound);
        put(calls, checks, "GET /api/refunds", tk -> get("/api/refunds", tk), r -> {
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.json().path("totalElements").asInt()).isZero();
        });
        put(calls, checks, "GET /api/refunds/{id}", tk -> get("/api/refunds/" + aRefund, tk), this::notFound);
        for (String action : List.of("retry", "release", "cancel")) {
            put(
                    calls,
                    checks,
                    "POST /api/refunds/{id}/" + action,
                    tk -> post("/api/refunds/" + aRefund + "/" + action, tk, Map.of("reason", "not yours")),
                    this::notFound);
        }
        put(
                calls,
                checks,
                "GET /api/store-credit/{email}",
                tk -> get("/api/store-credit/shopper@example.com", tk),
                r -> {
                    assertThat(r.status()).isEqualTo(200);
                    assertThat(r.json().path("balance").path("amount").asString())
                            .isEqualTo("0.00");
                    assertThat(r.json().path("entries")).isEmpty();
                });
        put(
                calls,
                checks,
                "POST /api/store-credit/{email}/debits",
                tk -> post("/api/store-credit/shopper@example.com/debits", tk, Map.of("amount", "1.00")),
                r -> {
                    assertThat(r.status()).isEqualTo(422);
                    assertThat(r.problemCode()).isEqualTo("insufficient-store-credit");
                    assertThat(r.body()).doesNotContain("5.00");
                });
        put(calls, checks, "GET /api/finance/payouts.csv", tk -> get("/api/finance/payouts.csv", tk), r -> {
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.body()).doesNotContain(aRma).doesNotContain(aRefund);
        });
        put(
                calls,
                checks,
                "PUT /api/exchange-stock/{sku}",
                tk -> putBody("/api/exchange-stock/" + a.sku("phone"), tk, "application/json", "{\"available\":5}"),
                this::notFound);
    }

    private String aListing;
    private String aLot;

    /** A's channels, a listing and a lot of A's unit (written directly: the way there is ResaleIT's subject). */
    private void resaleEndpoints(Map<String, Function<String, Res>> calls, Map<String, Consumer<Res>> checks) {
        String channel =
                get("/api/channels", a.admin()).json().get(0).path("id").asString();
        jdbc.sql(
                        """
                        insert into listing (id, client_id, number, unit_id, channel_id, status, option, sku, title,
                          condition, asking_price, price_source, currency, created_at, listed_at)
                        values (?::uuid, ?, ?, ?::uuid, ?::uuid, 'LISTED', 'RESELL_AS_IS', 'A-SKU', 'A title',
                          'Like new (F0/A)', 10, 'test', 'USD', now(), now())
                        on conflict do nothing
                        """)
                .params(java.util.UUID.randomUUID().toString(), a.id().value(), "LS-A-" + a.code(), aUnit, channel)
                .update();
        // A's listing: this one, or the draft its disposition made first
        aListing = jdbc.sql("select id::text from listing where unit_id = ?::uuid and status <> 'WITHDRAWN'")
                .params(aUnit)
                .query(String.class)
                .single();
        aLot = java.util.UUID.randomUUID().toString();
        jdbc.sql(
                        """
                        insert into resale_lot (id, client_id, number, title, status, currency, created_at, created_by)
                        values (?::uuid, ?, ?, 'A lot', 'CLOSED', 'USD', now(), 'a')
                        """)
                .params(aLot, a.id().value(), "LOT-A-" + a.code())
                .update();
        String lotWithUnit = java.util.UUID.randomUUID().toString();
        jdbc.sql(
                        """
                        insert into resale_lot (id, client_id, number, title, status, currency, created_at, created_by)
                        values (?::uuid, ?, ?, 'A open lot', 'OPEN', 'USD', now(), 'a')
                        """)
                .params(lotWithUnit, a.id().value(), "LOT-AO-" + a.code())
                .update();
        jdbc.sql(
                        """
                        insert into lot_unit (lot_id, unit_id, client_id, position, licence_plate, sku, description,
                          category, grade_band, condition, unit_retail, active)
                        values (?::uuid, ?::uuid, ?, 1, ?, 'A-SKU', 'A description', 'x', 'GOOD', 'c', 10, false)
                        """)
                .params(aLot, aUnit, a.id().value(), aLicencePlate)
                .update();
        put(calls, checks, "GET /api/channels", tk -> get("/api/channels", tk), r -> {
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.body()).doesNotContain(channel);
        });
        put(
                calls,
                checks,
                "POST /api/channels",
                tk -> post(
                        "/api/channels",
                        tk,
                        Map.of("code", "b-shop", "name", "B shop", "kind", "OUTLET", "feePercent", 5)),
                createdForB());
        put(calls, checks, "GET /api/listings", tk -> get("/api/listings", tk), r -> {
            assertThat(r.json().path("totalElements").asInt()).isZero();
        });
        put(
                calls,
                checks,
                "POST /api/listings",
                tk -> post("/api/listings", tk, Map.of("unitId", aUnit)),
                this::notFound);
        put(calls, checks, "GET /api/listings/{id}", tk -> get("/api/listings/" + aListing, tk), this::notFound);
        put(
                calls,
                checks,
                "POST /api/listings/{id}/sell",
                tk -> post("/api/listings/" + aListing + "/sell", tk, Map.of("price", "1.00")),
                this::notFound);
        put(
                calls,
                checks,
                "POST /api/listings/{id}/withdraw",
                tk -> post("/api/listings/" + aListing + "/withdraw", tk, Map.of()),
                this::notFound);
        put(calls, checks, "GET /api/lots", tk -> get("/api/lots", tk), r -> {
            assertThat(r.json().path("totalElements").asInt()).isZero();
        });
        // a lot of B's naming A's unit mixes clients: refused by that name, nothing written for either
        put(calls, checks, "POST /api/lots", tk -> post("/api/lots", tk, Map.of("unitIds", List.of(aUnit))), r -> {
            assertThat(r.status()).as(r.body()).isEqualTo(422);
            assertThat(r.problemCode()).isEqualTo("lot-mixes-clients");
            assertThat(r.body()).doesNotContain(aLicencePlate);
        });
        put(calls, checks, "GET /api/lots/{id}", tk -> get("/api/lots/" + aLot, tk), this::notFound);
        put(calls, checks, "GET /api/lots/{id}/units", tk -> get("/api/lots/" + aLot + "/units", tk), this::notFound);
        put(
                calls,
                checks,
                "POST /api/lots/{id}/units",
                tk -> post("/api/lots/" + lotWithUnit + "/units", tk, Map.of("unitIds", List.of(aUnit))),
                this::notFound);
        for (String action : List.of("close", "reopen", "cancel")) {
            put(
                    calls,
                    checks,
                    "POST /api/lots/{id}/" + action,
                    tk -> post("/api/lots/" + aLot + "/" + action, tk, Map.of()),
                    this::notFound);
        }
        put(
                calls,
                checks,
                "POST /api/lots/{id}/sell",
                tk -> post("/api/lots/" + aLot + "/sell", tk, Map.of("price", "1.00", "buyer", "b")),
                this::notFound);
        put(
                calls,
                checks,
                "GET /api/lots/{id}/manifest.csv",
                tk -> get("/api/lots/" + aLot + "/manifest.csv", tk),
                r -> assertThat(r.status()).isEqualTo(404));
    }

    private String resaleSnapshotOfA() {
        return aListing == null
                ? ""
                : get("/api/listings/" + aListing, a.admin()).body()
                        + get("/api/lots/" + aLot, a.admin()).body()
                        + get("/api/lots/" + aLot + "/units", a.admin()).body()
                        + get("/api/lots/" + aLot + "/manifest.csv", a.admin()).body();
    }

    private String aRecall;

    /** A's recall campaign (a draft on the phone A sold) and every recall endpoint called by B. */
    private void recallEndpoints(Map<String, Function<String, Res>> calls, Map<String, Consumer<Res>> checks) {
        Map<String, Object> criteria = Map.of(
                "name",
                "A's recall",
                "sku",
                a.sku("phone"),
                "soldFrom",
                java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(30).toString());
        Res created = post("/api/recalls", a.token(Role.MANAGER), criteria);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        aRecall = created.json().path("id").asString();
        put(
                calls,
                checks,
                "POST /api/recalls/preview",
                tk -> post("/api/recalls/preview", tk, criteria),
                this::notFound);
        put(calls, checks, "POST /api/recalls", tk -> post("/api/recalls", tk, criteria), this::notFound);
        put(calls, checks, "GET /api/recalls", tk -> get("/api/recalls", tk), r -> {
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.json().path("totalElements").asInt()).isZero();
            assertThat(r.body()).doesNotContain(aRecall);
        });
        put(calls, checks, "GET /api/recalls/{id}", tk -> get("/api/recalls/" + aRecall, tk), this::notFound);
        put(
                calls,
                checks,
                "GET /api/recalls/{id}/units",
                tk -> get("/api/recalls/" + aRecall + "/units", tk),
                this::notFound);
        for (String action : List.of("launch", "close", "cancel")) {
            put(
                    calls,
                    checks,
                    "POST /api/recalls/{id}/" + action,
                    tk -> post("/api/recalls/" + aRecall + "/" + action, tk, Map.of()),
                    this::notFound);
        }
    }

    /** A's webhook subscription: B neither sees it, nor changes, rotates, removes or replays anything of it. */
    private void integrationEndpoints(Map<String, Function<String, Res>> calls, Map<String, Consumer<Res>> checks) {
        Map<String, Object> hook =
                Map.of("url", "http://127.0.0.1:9/hooks", "eventTypes", List.of("return.authorized.v1"));
        Res created = post("/api/integration/webhooks", a.token(Role.MANAGER), hook);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String aHook = created.json().path("id").asString();
        String base = "/api/integration/webhooks/" + aHook;
        String someDelivery = "/deliveries/" + java.util.UUID.randomUUID();
        put(calls, checks, "GET /api/integration/event-types", tk -> get("/api/integration/event-types", tk), r -> {
            assertThat(r.status()).isEqualTo(200);
        });
        put(calls, checks, "GET /api/integration/webhooks", tk -> get("/api/integration/webhooks", tk), r -> {
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.body()).doesNotContain(aHook).doesNotContain("127.0.0.1:9/hooks");
        });
        put(calls, checks, "POST /api/integration/webhooks", tk -> post("/api/integration/webhooks", tk, hook), r -> {
            assertThat(r.status()).isEqualTo(201);
            assertThat(r.json().path("id").asString()).isNotEqualTo(aHook);
        });
        put(calls, checks, "GET /api/integration/webhooks/{id}", tk -> get(base, tk), this::notFound);
        put(
                calls,
                checks,
                "PUT /api/integration/webhooks/{id}",
                tk -> putBody(
                        base,
                        tk,
                        "application/json",
                        "{\"url\":\"http://127.0.0.1:9/b\",\"eventTypes\":[\"return.authorized.v1\"]}"),
                this::notFound);
        put(
                calls,
                checks,
                "DELETE /api/integration/webhooks/{id}",
                tk -> send(HttpRequest.newBuilder(uri(base)).DELETE(), tk),
                this::notFound);
        put(
                calls,
                checks,
                "POST /api/integration/webhooks/{id}/rotate-secret",
                tk -> post(base + "/rotate-secret", tk, Map.of()),
                this::notFound);
        put(
                calls,
                checks,
                "GET /api/integration/webhooks/{id}/deliveries",
                tk -> get(base + "/deliveries", tk),
                this::notFound);
        put(
                calls,
                checks,
                "GET /api/integration/webhooks/{id}/deliveries/{deliveryId}",
                tk -> get(base + someDelivery, tk),
                this::notFound);
        put(
                calls,
                checks,
                "POST /api/integration/webhooks/{id}/deliveries/{deliveryId}/replay",
                tk -> post(base + someDelivery + "/replay", tk, Map.of()),
                this::notFound);
        // A's parcel: B's transport system cannot move it
        String aTracking = jdbc.sql("select tracking_number from shipment where client_id = ? limit 1")
                .params(a.id().value())
                .query(String.class)
                .single();
        put(
                calls,
                checks,
                "POST /api/integration/status-updates",
                tk -> post(
                        "/api/integration/status-updates",
                        tk,
                        Map.of(
                                "messageId",
                                "isolation-1",
                                "status",
                                "LOST",
                                "reference",
                                aTracking,
                                "occurredAt",
                                java.time.Instant.now().toString())),
                this::notFound);
        // A's subscription is still there, unchanged
        assertThat(get(base, a.token(Role.MANAGER)).status()).isEqualTo(200);
    }

    /** A's history import (ADR 0032): B neither sees, follows, resumes nor reads the report of A's job. */
    private void historyEndpoints(Map<String, Function<String, Res>> calls, Map<String, Consumer<Res>> checks) {
        String file = "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n"
                + "536365,71053,LANTERN,6,2010-12-01 08:26:00,3.39,17850.0,United Kingdom\n"
                + "C536366,71053,LANTERN,-1,2010-12-02 08:26:00,3.39,17850.0,United Kingdom\n"
                + "536367,71053,LANTERN,many,2010-12-02 08:26:00,3.39,17850.0,United Kingdom\n";
        Function<String, Res> upload = tk -> send(
                HttpRequest.newBuilder(uri("/api/history/imports"))
                        .header("Content-Type", "text/csv")
                        .POST(HttpRequest.BodyPublishers.ofString(file)),
                tk);
        Res created = upload.apply(a.token(Role.MANAGER));
        assertThat(created.status()).as(created.body()).isEqualTo(202);
        String aJob = created.json().path("id").asString();
        String base = "/api/history/imports/" + aJob;
        await().atMost(Duration.ofSeconds(30)).until(() -> "DONE"
                .equals(get(base, a.token(Role.MANAGER)).json().path("status").asString()));
        put(calls, checks, "GET /api/history/imports", tk -> get("/api/history/imports", tk), r -> {
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.body()).doesNotContain(aJob);
        });
        put(calls, checks, "POST /api/history/imports", upload, r -> {
            assertThat(r.status()).as(r.body()).isEqualTo(202);
            assertThat(r.json().path("id").asString()).isNotEqualTo(aJob);
        });
        put(calls, checks, "GET /api/history/figures", tk -> get("/api/history/figures", tk), r -> {
            assertThat(r.status()).isEqualTo(200);
            // B's own file at most: two invoices, one cancellation; A's would double them
            assertThat(r.json().path("invoices").asLong()).isLessThanOrEqualTo(2);
        });
        put(calls, checks, "GET /api/history/imports/{id}", tk -> get(base, tk), this::notFound);
        put(calls, checks, "GET /api/history/imports/{id}/errors", tk -> get(base + "/errors", tk), this::notFound);
        put(calls, checks, "GET /api/history/imports/{id}/events", tk -> get(base + "/events", tk), this::notFound);
        put(
                calls,
                checks,
                "POST /api/history/imports/{id}/resume",
                tk -> post(base + "/resume", tk, Map.of()),
                this::notFound);
    }

    private static void put(
            Map<String, Function<String, Res>> calls,
            Map<String, Consumer<Res>> checks,
            String endpoint,
            Function<String, Res> call,
            Consumer<Res> check) {
        calls.put(endpoint, call);
        checks.put(endpoint, check);
    }

    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    /** A's unit with a sale of a tell-tale amount on its recovery ledger; B reads none of it. */
    private void recoveryEndpoints(Map<String, Function<String, Res>> calls, Map<String, Consumer<Res>> checks) {
        new RecoveryFactsPublisher(events, transactions)
                .publish(new org.retrogistics.shared.RecoveryFacts.Entry(
                        java.util.UUID.fromString(aUnit),
                        null,
                        a.id(),
                        org.retrogistics.shared.RecoveryFacts.Kind.SALE,
                        org.retrogistics.shared.Money.of("987.65", "USD"),
                        "listing",
                        "LST-" + a.code()));
        await().atMost(Duration.ofSeconds(10)).until(() -> get("/api/units/" + aUnit + "/recovery", a.admin())
                .json()
                .path("entries")
                .findValuesAsString("sourceRef")
                .contains("LST-" + a.code()));
        put(
                calls,
                checks,
                "GET /api/units/{id}/recovery",
                tk -> get("/api/units/" + aUnit + "/recovery", tk),
                this::notFound);
        put(
                calls,
                checks,
                "GET /api/returns/{id}/recovery",
                tk -> get("/api/returns/" + aReturn + "/recovery", tk),
                this::notFound);
        put(calls, checks, "GET /api/recovery/summary", tk -> get("/api/recovery/summary?groupBy=client", tk), r -> {
            withoutAsData().accept(r);
            assertThat(r.body()).doesNotContain(a.id().toString()).doesNotContain("987.65");
            assertThat(get("/api/recovery/summary?groupBy=option", bToken)
                            .json()
                            .path("byOption")
                            .findValuesAsString("option"))
                    .as("A's decided unit is not among B's")
                    .isEmpty();
        });
    }

    private Set<String> apiEndpoints() {
        Set<String> endpoints = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
                .filter(p -> p.startsWith("/api/"))
                .forEach(p -> info.getMethodsCondition().getMethods().forEach(m -> endpoints.add(m.name() + " " + p))));
        return endpoints;
    }

    private String snapshotOfA() {
        return resaleSnapshotOfA()
                + get("/api/returns/" + aReturn, a.admin()).body()
                + get("/api/units/" + aUnit + "/history", a.admin()).body()
                + get("/api/orders/" + aOrderId, a.admin()).body()
                + get("/api/products?size=500", a.admin()).body()
                + get("/api/return-policy/versions", a.admin()).body()
                + (aRecall == null
                        ? ""
                        : get("/api/recalls/" + aRecall, a.admin()).body())
                + (warehouse == null
                        ? ""
                        : get("/api/units/" + aUnit + "/disposition", a.admin()).body()
                                + get("/api/work-orders/" + warehouse.workOrderId(), a.admin())
                                        .body()
                                + get("/api/containers/" + warehouse.sscc(), a.admin())
                                        .body()
                                + get("/api/checklists", a.admin()).body()
                                + get("/api/disposition/rules", a.admin()).body()
                                + get("/api/technicians/" + a.technicianName() + "/qualifications", a.admin())
                                        .body()
                                + get("/api/units/" + aUnit + "/inspections", a.admin())
                                        .body())
                + (aRefund == null
                        ? ""
                        : get("/api/refunds/" + aRefund, a.admin()).body()
                                + get("/api/returns/" + aReturn + "/resolutions", a.admin())
                                        .body()
                                + get("/api/store-credit/shopper@example.com", a.admin())
                                        .body()
                                + get("/api/finance/payouts.csv", a.admin()).body())
                + (recyclingBatchOfA == null
                        ? ""
                        : get("/api/recycling/batches/" + recyclingBatchOfA, a.admin())
                                        .body()
                                + get("/api/recyclers", a.admin()).body());
    }

    private String recyclingBatchOfA;

    /** A's recycler and an open destruction batch holding A's received unit; B can neither see nor touch them. */
    private void recyclingEndpoints(Map<String, Function<String, Res>> calls, Map<String, Consumer<Res>> checks) {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        Function<String, Map<String, Object>> recycler = code -> Map.of(
                "code",
                code,
                "name",
                code + " recycler",
                "certifications",
                List.of(Map.of(
                        "scheme",
                        "R2",
                        "number",
                        code + "-R2",
                        "validFrom",
                        today.minusDays(1).toString(),
                        "validUntil",
                        today.plusYears(1).toString())));
        String aRecycler = post("/api/recyclers", a.token(Role.MANAGER), recycler.apply(a.code() + "-REC"))
                .json()
                .path("id")
                .asString();
        String batch = post(
                        "/api/recycling/batches",
                        a.token(Role.WAREHOUSE),
                        Map.of("recyclerId", aRecycler, "purpose", "DESTROY"))
                .json()
                .path("id")
                .asString();
        Res added = post(
                "/api/recycling/batches/" + batch + "/units",
                a.token(Role.WAREHOUSE),
                // the unit is decided for resale: destroying it instead takes a reason
                Map.of("unitId", aUnit, "overrideReason", "destroy for the isolation check"));
        assertThat(added.status()).as(added.body()).isEqualTo(200);
        recyclingBatchOfA = batch;
        put(
                calls,
                checks,
                "POST /api/recyclers",
                tk -> post("/api/recyclers", tk, recycler.apply(b.code() + "-REC")),
                createdForB());
        put(calls, checks, "GET /api/recyclers", tk -> get("/api/recyclers", tk), withoutAsData());
        put(calls, checks, "GET /api/recyclers/{id}", tk -> get("/api/recyclers/" + aRecycler, tk), this::notFound);
        put(
                calls,
                checks,
                "POST /api/recyclers/{id}/certifications",
                tk -> post(
                        "/api/recyclers/" + aRecycler + "/certifications",
                        tk,
                        Map.of(
                                "scheme",
                                "ISO_14001",
                                "number",
                                "X",
                                "validFrom",
                                today.toString(),
                                "validUntil",
                                today.toString())),
                this::notFound);
        put(
                calls,
                checks,
                "POST /api/recycling/batches",
                tk -> post("/api/recycling/batches", tk, Map.of("recyclerId", aRecycler, "purpose", "RECYCLE")),
                this::notFound);
        put(calls, checks, "GET /api/recycling/batches", tk -> get("/api/recycling/batches", tk), r -> {
            assertThat(r.json().path("totalElements").asInt()).isZero();
        });
        put(
                calls,
                checks,
                "GET /api/recycling/batches/{id}",
                tk -> get("/api/recycling/batches/" + batch, tk),
                this::notFound);
        put(
                calls,
                checks,
                "POST /api/recycling/batches/{id}/units",
                tk -> post("/api/recycling/batches/" + batch + "/units", tk, Map.of("identity", aLicencePlate)),
                this::notFound);
        for (String step : List.of("ship", "close", "cancel")) {
            put(
                    calls,
                    checks,
                    "POST /api/recycling/batches/{id}/" + step,
                    tk -> post(
                            "/api/recycling/batches/" + batch + "/" + step,
                            tk,
                            step.equals("close") ? Map.of("method", "SHRED_AND_RECOVER") : Map.of()),
                    this::notFound);
        }
        put(
                calls,
                checks,
                "GET /api/recycling/batches/{id}/certificate.pdf",
                tk -> get("/api/recycling/batches/" + batch + "/certificate.pdf", tk),
                r -> assertThat(r.status()).isEqualTo(404));
        put(
                calls,
                checks,
                "POST /api/recycling/disposals",
                tk -> post("/api/recycling/disposals", tk, Map.of("unitId", aUnit)),
                this::notFound);
        put(
                calls,
                checks,
                "GET /api/recycling/diversion",
                tk -> get("/api/recycling/diversion?from=2000-01-01&to=2100-01-01", tk),
                r -> {
                    assertThat(r.status()).isEqualTo(200);
                    assertThat(r.json().path("total").path("units").asInt()).isZero();
                });
    }

    @Test
    void usersOfOneClientCannotReadAnothersPagesEither() {
        String basic = Base64.getEncoder().encodeToString((b.code() + "-agent:secret-agent").getBytes());
        Res api = send(
                HttpRequest.newBuilder(uri("/api/returns/" + aReturn))
                        .header("Authorization", "Basic " + basic)
                        .GET(),
                null);
        notFound(api);
    }
}
