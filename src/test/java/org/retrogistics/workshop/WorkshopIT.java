package org.retrogistics.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.retrogistics.access.Role;
import org.retrogistics.testing.ApiTestSupport;
import tools.jackson.databind.JsonNode;

/** A unit walks from dock scan to finished work orders over real HTTP; the workshop refuses what it cannot do. */
class WorkshopIT extends ApiTestSupport {

    /** How the tenant's technician token names its holder. */

    /** A defective phone received and graded F3/B: worth refurbishing, and data-bearing, so it needs a wipe. */
    private String gradedDefectivePhone(Tenant t) {
        String unitId = receivedUnit(t, "phone", "DEFECTIVE");
        inspect(t, unitId, phoneAnswers("fail", "B", "B"), "OK");
        return unitId;
    }

    private List<JsonNode> ordersFor(Tenant t, String unitId) {
        List<JsonNode> found = new java.util.ArrayList<>();
        get("/api/work-orders?size=500", t.token(Role.MANAGER))
                .json()
                .path("content")
                .forEach(w -> {
                    if (w.path("unitId").asString().equals(unitId)) {
                        found.add(w);
                    }
                });
        return found;
    }

    private JsonNode order(List<JsonNode> orders, String kind) {
        return orders.stream()
                .filter(o -> o.path("kind").asString().equals(kind))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " order in " + orders));
    }

    @Test
    void aDispositionOpensItsWorkAndAQualifiedTechnicianClosesItWithTestsAndARecord() {
        Tenant t = newTenant();
        String unitId = gradedDefectivePhone(t);
        String manager = t.token(Role.MANAGER);
        String tech = t.technician();
        await().atMost(Duration.ofSeconds(10)).until(() -> ordersFor(t, unitId).size() >= 1);
        JsonNode decision =
                get("/api/units/" + unitId + "/disposition", manager).json();
        List<JsonNode> opened = ordersFor(t, unitId);
        assertThat(opened)
                .allSatisfy(o -> assertThat(o.path("status").asString()).isEqualTo("OPEN"));
        assertThat(opened.stream().map(o -> o.path("kind").asString()).toList())
                .containsExactlyInAnyOrderElementsOf(decision.path("options").findParents("option").stream()
                        .filter(o -> o.path("option")
                                .asString()
                                .equals(decision.path("option").asString()))
                        .findFirst()
                        .orElseThrow()
                        .path("requiredWork")
                        .valueStream()
                        .map(JsonNode::asString)
                        .toList());

        JsonNode wo = opened.get(0);
        String id = wo.path("id").asString();
        Res unqualified = post("/api/work-orders/" + id + "/assign", tech, Map.of("technician", t.technicianName()));
        assertThat(unqualified.status()).isEqualTo(422);
        assertThat(unqualified.problemCode()).isEqualTo("technician-not-qualified");
        assertThat(send(
                                java.net.http.HttpRequest.newBuilder(
                                                uri("/api/technicians/" + t.technicianName() + "/qualifications"))
                                        .header("Content-Type", "application/json")
                                        .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(
                                                "{\"families\":[\"electronics\"]}")),
                                manager)
                        .status())
                .isEqualTo(200);
        assertThat(post("/api/work-orders/" + id + "/assign", tech, Map.of("technician", "someone-else"))
                        .problemCode())
                .isEqualTo("assign-yourself-only");

        for (JsonNode o : opened) {
            String oid = o.path("id").asString();
            assertThat(post("/api/work-orders/" + oid + "/assign", tech, Map.of("technician", t.technicianName()))
                            .status())
                    .isEqualTo(200);
            assertThat(post("/api/work-orders/" + oid + "/start", tech, Map.of())
                            .status())
                    .isEqualTo(200);
            Res early = post(
                    "/api/work-orders/" + oid + "/complete",
                    tech,
                    Map.of("functionalGrade", "F0", "cosmeticGrade", "A"));
            assertThat(early.status()).isEqualTo(422);
            assertThat(early.problemCode()).isEqualTo("required-tests-outstanding");
            assertThat(early.json().path("detail").asString()).contains("no result for");
            for (JsonNode test : o.path("requiredTests")) {
                assertThat(post(
                                        "/api/work-orders/" + oid + "/tests",
                                        tech,
                                        Map.of("name", test.asString(), "passed", true))
                                .status())
                        .isEqualTo(200);
            }
            post(
                    "/api/work-orders/" + oid + "/parts",
                    tech,
                    Map.of("sku", "SCREEN-1", "quantity", 1, "unitCost", "42.50"));
            post("/api/work-orders/" + oid + "/labour", tech, Map.of("minutes", 35));
            Map<String, Object> done = new LinkedHashMap<>();
            done.put("functionalGrade", "F0");
            done.put("cosmeticGrade", "A");
            if (o.path("kind").asString().equals("SANITISE")) {
                Res noRecord = post("/api/work-orders/" + oid + "/complete", tech, done);
                assertThat(noRecord.status()).isEqualTo(422);
                assertThat(noRecord.json().path("detail").asString()).contains("certificate id");
                done.put(
                        "sanitisation",
                        Map.of(
                                "method", "PURGE",
                                "tool", "Blancco 8",
                                "passed", true,
                                "operator", t.technicianName(),
                                "certificateId", "CERT-0001"));
            }
            Res closed = post("/api/work-orders/" + oid + "/complete", tech, done);
            assertThat(closed.status()).as(closed.body()).isEqualTo(200);
            assertThat(closed.json().path("status").asString()).isEqualTo("DONE");
            assertThat(closed.json().path("labourMinutes").asInt()).isEqualTo(35);
            assertThat(closed.json().path("partsCost").decimalValue()).isEqualByComparingTo("42.50");
        }
        // every work order regrades the unit; the sanitisation record is on its latest grading
        JsonNode gradings =
                get("/api/units/" + unitId + "/inspections", manager).json();
        assertThat(gradings.size()).isEqualTo(1 + opened.size());
        assertThat(gradings.get(0).path("functionalGrade").asString()).isEqualTo("F0");
        if (opened.stream().anyMatch(o -> o.path("kind").asString().equals("SANITISE"))) {
            assertThat(gradings.get(0).path("sanitised").asBoolean()).isTrue();
        }
        JsonNode custody =
                get("/api/units/" + unitId + "/history", manager).json().path("custody");
        assertThat(custody.findValuesAsString("type")).contains("HANDED_OVER");
        assertThat(custody.findValuesAsString("sourceRef")).anyMatch(s -> s.startsWith("work-order:"));

        Res label = get("/api/work-orders/" + id + "/label.pdf", tech);
        assertThat(label.status()).isEqualTo(200);
        assertThat(label.contentType()).isEqualTo("application/pdf");
        assertThat(label.body()).startsWith("%PDF");

        // the regrades make disposition decide again; whatever further work that needs, the unit ends ready
        for (int round = 0; round < 4 && !ready(t, unitId); round++) {
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> ready(t, unitId) || !openOrders(t, unitId).isEmpty());
            for (JsonNode o : openOrders(t, unitId)) {
                String oid = o.path("id").asString();
                post("/api/work-orders/" + oid + "/assign", tech, Map.of("technician", t.technicianName()));
                post("/api/work-orders/" + oid + "/start", tech, Map.of());
                o.path("requiredTests")
                        .forEach(test -> post(
                                "/api/work-orders/" + oid + "/tests",
                                tech,
                                Map.of("name", test.asString(), "passed", true)));
                Res closed = post(
                        "/api/work-orders/" + oid + "/complete",
                        tech,
                        Map.of("functionalGrade", "F0", "cosmeticGrade", "A"));
                assertThat(closed.status()).as(closed.body()).isEqualTo(200);
            }
        }
        assertThat(ready(t, unitId)).isTrue();
    }

    private boolean ready(Tenant t, String unitId) {
        return get("/api/workshop/outcome-queue", t.token(Role.MANAGER))
                .json()
                .findValuesAsString("unitId")
                .contains(unitId);
    }

    private List<JsonNode> openOrders(Tenant t, String unitId) {
        return ordersFor(t, unitId).stream()
                .filter(o -> o.path("status").asString().equals("OPEN"))
                .toList();
    }

    @Test
    void aTeardownTurnsHarvestedPartsIntoUnitsWithTheirParentOnRecord() {
        Tenant t = newTenant();
        String unitId = gradedDefectivePhone(t);
        String manager = t.token(Role.MANAGER);
        String tech = t.technician();
        send(
                java.net.http.HttpRequest.newBuilder(uri("/api/technicians/" + t.technicianName() + "/qualifications"))
                        .header("Content-Type", "application/json")
                        .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"families\":[\"*\"]}")),
                manager);
        Res opened = post("/api/work-orders", manager, Map.of("unitId", unitId, "kind", "TEARDOWN"));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        String id = opened.json().path("id").asString();
        post("/api/work-orders/" + id + "/assign", manager, Map.of("technician", t.technicianName()));
        Res stale = post("/api/work-orders/" + id + "/start", tech, Map.of(), "If-Match", "\"0\"");
        assertThat(stale.status()).isEqualTo(409);
        post("/api/work-orders/" + id + "/start", tech, Map.of());
        post("/api/work-orders/" + id + "/tests", tech, Map.of("name", "parts-inspected", "passed", true));
        Res noParts = post("/api/work-orders/" + id + "/complete", tech, Map.of());
        assertThat(noParts.status()).isEqualTo(422);
        assertThat(noParts.json().path("detail").asString()).contains("parts harvested");
        Res unknown = post(
                "/api/work-orders/" + id + "/complete",
                tech,
                Map.of("harvested", List.of(Map.of("sku", "NO-SUCH-PART"))));
        assertThat(unknown.problemCode()).isEqualTo("unknown-sku");
        assertThat(get("/api/work-orders/" + id, tech).json().path("status").asString())
                .isEqualTo("IN_PROGRESS");

        Res done = post(
                "/api/work-orders/" + id + "/complete",
                tech,
                Map.of(
                        "harvested",
                        List.of(Map.of("sku", t.sku("shirt"), "serial", "PART-1", "description", "battery"))));
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        String plate =
                done.json().path("result").path("harvestedUnitPlates").get(0).asString();
        JsonNode part = get("/api/units?identity=" + plate, manager).json().get(0);
        assertThat(part.path("parentUnitId").asString()).isEqualTo(unitId);
        assertThat(part.path("state").asString()).isEqualTo("IN_CUSTODY");

        // a refurbish may end as another product: the unit is that SKU from now on
        Res refurb = post("/api/work-orders", manager, Map.of("unitId", unitId, "kind", "REPACKAGE"));
        String rid = refurb.json().path("id").asString();
        post("/api/work-orders/" + rid + "/assign", manager, Map.of("technician", t.technicianName()));
        post("/api/work-orders/" + rid + "/start", tech, Map.of());
        post("/api/work-orders/" + rid + "/tests", tech, Map.of("name", "packaging-check", "passed", true));
        Res resku = post("/api/work-orders/" + rid + "/complete", tech, Map.of("newSku", t.sku("laptop")));
        assertThat(resku.status()).as(resku.body()).isEqualTo(200);
        assertThat(get("/api/units/" + unitId, manager).json().path("sku").asString())
                .isEqualTo(t.sku("laptop"));

        // the warehouse role does warehouse work and nothing else
        assertThat(post("/api/work-orders/" + id + "/cancel", t.token(Role.WAREHOUSE), Map.of("reason", "x"))
                        .status())
                .isEqualTo(403);
        Res cancelDone = post("/api/work-orders/" + id + "/cancel", manager, Map.of("reason", "too late"));
        assertThat(cancelDone.status()).isEqualTo(409);
        assertThat(get("/api/work-orders/" + id + "/timeline", manager).json().findValuesAsString("to"))
                .containsExactly("OPEN", "ASSIGNED", "IN_PROGRESS", "DONE");
    }
}
