package org.retrogistics.receiving;

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

/** The warehouse over real HTTP: dock scan, blind receipt, containers, the inspection queue and grading. */
class WarehouseFlowIT extends ApiTestSupport {

    private record Authorized(String id, String rma, List<String> plates) {}

    private Authorized authorizedReturn(Tenant t, String reason, Object... skuAndQuantity) {
        String order = placeOrder(t, 3, skuAndQuantity);
        JsonNode r = post(
                        "/api/returns",
                        t.token(Role.CUSTOMER),
                        returnOf(line(order, 1, (Integer) skuAndQuantity[1], reason, "REFUND")))
                .json();
        assertThat(r.path("status").asString()).isEqualTo("AUTHORIZED");
        String id = r.path("id").asString();
        List<String> plates = new java.util.ArrayList<>();
        get("/api/returns/" + id + "/units", t.admin())
                .json()
                .forEach(u -> plates.add(u.path("licencePlate").asString()));
        return new Authorized(id, r.path("rmaNumber").asString(), plates);
    }

    @Test
    void aScanOfTheRmaTakesInEveryUnitOnceAndQueuesItsInspection() {
        Tenant t = newTenant();
        String wh = t.token(Role.WAREHOUSE);
        Authorized a = authorizedReturn(t, "CHANGED_MIND", "shirt", 2);

        Res scan = post("/api/receiving/scans", wh, Map.of("code", a.rma()));
        assertThat(scan.status()).as(scan.body()).isEqualTo(201);
        assertThat(scan.json().path("units")).hasSize(2);
        assertThat(scan.json().path("units").get(0).path("location").asString()).isEqualTo("DOCK");
        assertThat(scan.json().path("units").get(0).path("inspectionPath").asString())
                .isEqualTo("COSMETIC_CHECK");
        assertThat(get("/api/returns/" + a.id(), t.admin())
                        .json()
                        .path("status")
                        .asString())
                .isEqualTo("RECEIVED");

        // a second scan, of the RMA or of a unit, changes nothing and says why
        Res again = post("/api/receiving/scans", wh, Map.of("code", a.plates().get(0)));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.problemCode()).isEqualTo("already-received");
        assertThat(again.json().path("detail").asString())
                .contains(a.plates().get(0))
                .contains("nothing was recorded");
        assertThat(post("/api/receiving/scans", wh, Map.of("code", a.rma())).problemCode())
                .isEqualTo("already-received");
        assertThat(count("select count(*) from receipt where rma_number = ?", a.rma()))
                .isEqualTo(2);

        // receiving queues inspection through its event
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                        get("/api/inspections/queue", wh).json().findValuesAsString("licencePlate"))
                .containsAll(a.plates()));
    }

    @Test
    void unknownLabelsAndOutcomesAreRefusedWithTheReason() {
        Tenant t = newTenant();
        String wh = t.token(Role.WAREHOUSE);
        Res unknown = post("/api/receiving/scans", wh, Map.of("code", "NO-SUCH-LABEL"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.problemCode()).isEqualTo("unknown-label");
        assertThat(unknown.json().path("detail").asString()).contains("blind receipt");

        Authorized a = authorizedReturn(t, "CHANGED_MIND", "shirt", 1);
        Res badPlace = post("/api/receiving/scans", wh, Map.of("code", a.rma(), "location", "ROOF"));
        assertThat(badPlace.status()).isEqualTo(400);
        assertThat(badPlace.problemCode()).isEqualTo("unknown-location");
        assertThat(count("select count(*) from receipt where rma_number = ?", a.rma()))
                .isZero();

        // the technician's token cannot take units in
        assertThat(post("/api/receiving/scans", t.token(Role.TECHNICIAN), Map.of("code", a.rma()))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void wrongItemAndDamagedGoToQuarantineOnTheirOwnInspectionPath() {
        Tenant t = newTenant();
        String wh = t.token(Role.WAREHOUSE);
        Authorized a = authorizedReturn(t, "CHANGED_MIND", "shirt", 2);
        Res wrong = post("/api/receiving/scans", wh, Map.of("code", a.plates().get(0), "outcome", "WRONG_ITEM"));
        assertThat(wrong.status()).isEqualTo(201);
        JsonNode u = wrong.json().path("units").get(0);
        assertThat(u.path("location").asString()).isEqualTo("QUARANTINE");
        assertThat(u.path("inspectionPath").asString()).isEqualTo("IDENTITY_CHECK");
        Res damaged =
                post("/api/receiving/scans", wh, Map.of("code", a.plates().get(1), "outcome", "DAMAGED_IN_TRANSIT"));
        assertThat(damaged.json().path("units").get(0).path("inspectionPath").asString())
                .isEqualTo("DAMAGE_ASSESSMENT");
        assertThat(get("/api/returns/" + a.id(), t.admin())
                        .json()
                        .path("status")
                        .asString())
                .isEqualTo("RECEIVED");
    }

    @Test
    void shortIsReportedWithoutTakingTheUnitIn() {
        Tenant t = newTenant();
        String wh = t.token(Role.WAREHOUSE);
        Authorized a = authorizedReturn(t, "CHANGED_MIND", "shirt", 2);
        post("/api/receiving/scans", wh, Map.of("code", a.plates().get(0)));
        Res shortScan =
                post("/api/receiving/scans", wh, Map.of("code", a.plates().get(1), "outcome", "SHORT"));
        assertThat(shortScan.status()).isEqualTo(201);
        JsonNode unit =
                get("/api/units?identity=" + a.plates().get(1), wh).json().get(0);
        assertThat(unit.path("state").asString()).isEqualTo("EXPECTED");
        assertThat(get("/api/returns/" + a.id(), t.admin())
                        .json()
                        .path("status")
                        .asString())
                .isEqualTo("PARTIALLY_RECEIVED");
    }

    @Test
    void aBlindReceiptCreatesAUnitWithItsLedgerAndAnExtraLinksToItsReturn() {
        Tenant t = newTenant();
        String wh = t.token(Role.WAREHOUSE);
        Res blind = post("/api/receiving/blind", wh, Map.of("sku", t.sku("phone"), "serial", "SN-BLIND-1"));
        assertThat(blind.status()).as(blind.body()).isEqualTo(201);
        JsonNode u = blind.json().path("units").get(0);
        assertThat(u.path("outcome").asString()).isEqualTo("BLIND");
        String unitId = u.path("unitId").asString();
        JsonNode history = get("/api/units/" + unitId + "/history", wh).json();
        assertThat(history.path("unit").path("state").asString()).isEqualTo("IN_CUSTODY");
        assertThat(history.path("custody").findValuesAsString("type")).containsExactly("EXPECTED", "RECEIVED");

        Authorized a = authorizedReturn(t, "CHANGED_MIND", "shirt", 1);
        Res extra = post("/api/receiving/blind", wh, Map.of("sku", t.sku("shirt"), "rmaNumber", a.rma()));
        assertThat(extra.json().path("units").get(0).path("outcome").asString()).isEqualTo("EXTRA");
        assertThat(extra.json().path("rmaNumber").asString()).isEqualTo(a.rma());

        Res unknownSku = post("/api/receiving/blind", wh, Map.of("sku", "NOPE"));
        assertThat(unknownSku.status()).isEqualTo(422);
        assertThat(unknownSku.problemCode()).isEqualTo("unknown-sku");
    }

    @Test
    void containersNestAndUnitsMoveIntoThemOnTheLedger() {
        Tenant t = newTenant();
        String wh = t.token(Role.WAREHOUSE);
        Res tote = post("/api/containers", wh, Map.of("kind", "TOTE", "location", "DOCK"));
        assertThat(tote.status()).as(tote.body()).isEqualTo(201);
        String toteSscc = tote.json().path("sscc").asString();
        assertThat(toteSscc).hasSize(18);
        Res pallet = post("/api/containers", wh, Map.of("kind", "PALLET", "sscc", "(00) 106141411234567897"));
        assertThat(pallet.status()).as(pallet.body()).isEqualTo(201);
        Res badCheck = post("/api/containers", wh, Map.of("kind", "PALLET", "sscc", "106141411234567890"));
        assertThat(badCheck.status()).isEqualTo(400);
        assertThat(badCheck.problemCode()).isEqualTo("invalid-sscc");

        assertThat(post("/api/containers/" + toteSscc + "/nest", wh, Map.of("into", "106141411234567897"))
                        .status())
                .isEqualTo(200);
        Res cycle = post("/api/containers/106141411234567897/nest", wh, Map.of("into", toteSscc));
        assertThat(cycle.status()).isEqualTo(422);
        assertThat(cycle.problemCode()).isEqualTo("container-cycle");

        Authorized a = authorizedReturn(t, "CHANGED_MIND", "shirt", 1);
        Res scan = post("/api/receiving/scans", wh, Map.of("code", a.rma(), "container", toteSscc));
        assertThat(scan.status()).as(scan.body()).isEqualTo(201);
        JsonNode contents = get("/api/containers/" + toteSscc, wh).json();
        assertThat(contents.path("units").findValuesAsString("licencePlate"))
                .containsExactly(a.plates().get(0));
        String unitId = contents.path("units").get(0).path("id").asString();
        Res moved = post("/api/units/" + unitId + "/moves", wh, Map.of("location", "INSPECTION"));
        assertThat(moved.json().path("location").asString()).isEqualTo("INSPECTION");
        assertThat(get("/api/units/" + unitId + "/history", wh)
                        .json()
                        .path("custody")
                        .findValuesAsString("type"))
                .containsExactly("EXPECTED", "RECEIVED", "MOVED", "MOVED");

        // moving the pallet moves the tote on it and the unit in the tote, each on the unit's ledger
        post("/api/units/" + unitId + "/moves", wh, Map.of("container", toteSscc));
        Res palletMoved = post("/api/containers/106141411234567897/moves", wh, Map.of("location", "OUTBOUND"));
        assertThat(palletMoved.status()).as(palletMoved.body()).isEqualTo(200);
        assertThat(palletMoved.json().findValuesAsString("id")).containsExactly(unitId);
        JsonNode last = get("/api/units/" + unitId + "/history", wh).json().path("custody");
        assertThat(last.get(last.size() - 1).path("location").asString()).isEqualTo("OUTBOUND");
        assertThat(last.get(last.size() - 1).path("note").asString()).contains(toteSscc);
        assertThat(get("/api/containers/" + toteSscc, wh)
                        .json()
                        .path("container")
                        .path("location")
                        .asString())
                .isEqualTo("OUTBOUND");
    }

    @Test
    void inspectionGradesFromTheChecklistAndRefusesWhatItCannotGrade() {
        Tenant t = newTenant();
        String wh = t.token(Role.WAREHOUSE);
        Authorized a = authorizedReturn(t, "DEFECTIVE", "phone", 1);
        String unitId = get("/api/units?identity=" + a.plates().get(0), wh)
                .json()
                .get(0)
                .path("id")
                .asString();

        Res early = post("/api/units/" + unitId + "/inspections", wh, Map.of("answers", Map.of()));
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.problemCode()).isEqualTo("unit-not-received");

        post("/api/receiving/scans", wh, Map.of("code", a.rma()));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> count("select count(*) from inspection_task where unit_id = ?::uuid", unitId) == 1);
        JsonNode checklist = get("/api/units/" + unitId + "/checklist", wh).json();
        assertThat(checklist.path("path").asString()).isEqualTo("FUNCTIONAL_TEST");

        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("powers-on", "pass");
        answers.put("screen", "fail");
        answers.put("buttons-ports", "pass");
        answers.put("battery-health", "91");
        answers.put("liquid-damage", "no");
        answers.put("housing", "B");
        answers.put("display-glass", "C");

        Res missing = post(
                "/api/units/" + unitId + "/inspections",
                wh,
                Map.of("answers", Map.of("powers-on", "pass"), "batteryState", "OK"));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.problemCode()).isEqualTo("incomplete-inspection");
        assertThat(missing.json().path("detail").asString()).contains("screen");

        Map<String, Object> badGrade = new LinkedHashMap<>(answers);
        badGrade.put("housing", "E");
        Res offScale =
                post("/api/units/" + unitId + "/inspections", wh, Map.of("answers", badGrade, "batteryState", "OK"));
        assertThat(offScale.status()).isEqualTo(400);
        assertThat(offScale.json().path("detail").asString()).contains("A (best) to D");

        Res noBattery = post("/api/units/" + unitId + "/inspections", wh, Map.of("answers", answers));
        assertThat(noBattery.problemCode()).isEqualTo("battery-state-required");
        assertThat(count("select count(*) from inspection where unit_id = ?::uuid", unitId))
                .isZero();

        Res graded =
                post("/api/units/" + unitId + "/inspections", wh, Map.of("answers", answers, "batteryState", "OK"));
        assertThat(graded.status()).as(graded.body()).isEqualTo(201);
        assertThat(graded.json().path("functionalGrade").asString()).isEqualTo("F3");
        assertThat(graded.json().path("cosmeticGrade").asString()).isEqualTo("C");
        assertThat(graded.json().path("dataBearing").asBoolean()).isTrue();
        assertThat(graded.json().path("authenticityHold").asBoolean()).isFalse();
        assertThat(get("/api/inspections/queue", wh).json().findValuesAsString("licencePlate"))
                .doesNotContain(a.plates().get(0));
    }

    @Test
    void aSerialThatDoesNotMatchHoldsTheUnitInQuarantine() {
        Tenant t = newTenant();
        String wh = t.token(Role.WAREHOUSE);
        Res blind = post("/api/receiving/blind", wh, Map.of("sku", t.sku("shirt"), "serial", "SOLD-123"));
        String unitId = blind.json().path("units").get(0).path("unitId").asString();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> count("select count(*) from inspection_task where unit_id = ?::uuid", unitId) == 1);
        Res graded = post(
                "/api/units/" + unitId + "/inspections",
                wh,
                Map.of(
                        "answers",
                        Map.of("matches-sku", "yes", "works", "pass", "condition", "A", "photo-label", "img-1.jpg"),
                        "serialSeen",
                        "OTHER-999"));
        assertThat(graded.status()).as(graded.body()).isEqualTo(201);
        assertThat(graded.json().path("authenticityHold").asBoolean()).isTrue();
        assertThat(graded.json().path("findings").toString()).contains("does not match");
        assertThat(get("/api/units/" + unitId, wh).json().path("location").asString())
                .isEqualTo("QUARANTINE");
    }

    @Test
    void aClientPublishesItsOwnChecklistVersions() {
        Tenant t = newTenant();
        Map<String, Object> item = Map.of(
                "key",
                "hinge",
                "text",
                "Hinge holds the screen",
                "kind",
                "PASS_FAIL",
                "required",
                true,
                "failGrade",
                "F2");
        Map<String, Object> cosmetic = Map.of("key", "lid", "text", "Lid", "kind", "COSMETIC", "required", true);
        Res v1 = post(
                "/api/checklists",
                t.token(Role.MANAGER),
                Map.of("family", "*", "path", "FUNCTIONAL_TEST", "name", "Laptops", "items", List.of(item, cosmetic)));
        assertThat(v1.status()).as(v1.body()).isEqualTo(201);
        assertThat(v1.json().path("version").asInt()).isEqualTo(1);
        Res v2 = post(
                "/api/checklists",
                t.token(Role.MANAGER),
                Map.of("family", "*", "path", "FUNCTIONAL_TEST", "name", "Laptops", "items", List.of(item, cosmetic)));
        assertThat(v2.json().path("version").asInt()).isEqualTo(2);
        assertThat(get("/api/checklists", t.token(Role.MANAGER)).json()).hasSize(2);

        Res noGrade = post(
                "/api/checklists",
                t.token(Role.MANAGER),
                Map.of(
                        "path",
                        "FUNCTIONAL_TEST",
                        "name",
                        "Bad",
                        "items",
                        List.of(Map.of("key", "x", "text", "X", "kind", "PASS_FAIL", "required", true))));
        assertThat(noGrade.status()).isEqualTo(400);
        assertThat(noGrade.json().path("detail").asString()).contains("functional grade");
        assertThat(post(
                                "/api/checklists",
                                t.token(Role.WAREHOUSE),
                                Map.of("path", "FUNCTIONAL_TEST", "name", "Mine", "items", List.of(item, cosmetic)))
                        .status())
                .isEqualTo(403);
    }

    /** Receives and grades a phone; returns its unit id once the disposition is decided. */
    private String gradedPhone(Tenant t, String battery, String housing) {
        String wh = t.token(Role.WAREHOUSE);
        String unitId = receivedUnit(t, "phone", "DEFECTIVE");
        inspect(t, unitId, phoneAnswers("pass", housing, "A"), battery);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> get("/api/units/" + unitId + "/disposition", wh).status() == 200);
        return unitId;
    }

    @Test
    void gradingDecidesTheDispositionWithEveryOptionItsValueOrItsExclusion() {
        Tenant t = newTenant();
        String unitId = gradedPhone(t, "DAMAGED_DEFECTIVE", "B");
        JsonNode d = get("/api/units/" + unitId + "/disposition", t.token(Role.AGENT))
                .json();
        assertThat(d.path("options")).hasSize(11);
        assertThat(d.path("explanation").asString()).isNotBlank();
        // a damaged battery: nothing that resells it; the chosen option is allowed and the best of those allowed
        JsonNode resell = option(d, "RESELL_AS_IS");
        assertThat(resell.path("exclusions").findValuesAsString("reason").toString())
                .containsIgnoringCase("battery");
        String chosen = d.path("option").asString();
        JsonNode best = option(d, chosen);
        assertThat(best.path("exclusions")).isEmpty();
        java.math.BigDecimal bestNet = new java.math.BigDecimal(
                best.path("value").path("net").path("amount").asString());
        for (JsonNode o : d.path("options")) {
            if (o.path("exclusions").isEmpty()) {
                assertThat(new java.math.BigDecimal(
                                o.path("value").path("net").path("amount").asString()))
                        .isLessThanOrEqualTo(bestNet);
            }
        }

        String manager = t.token(Role.MANAGER);
        Res noReason = post("/api/units/" + unitId + "/disposition/override", manager, Map.of("option", "RECYCLE"));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.problemCode()).isEqualTo("override-reason-required");
        Res unsafe = post(
                "/api/units/" + unitId + "/disposition/override",
                manager,
                Map.of("option", "RESELL_AS_IS", "reason", "customer wants it"));
        assertThat(unsafe.status()).isEqualTo(422);
        assertThat(unsafe.problemCode()).isEqualTo("option-excluded");
        assertThat(post(
                                "/api/units/" + unitId + "/disposition/override",
                                t.token(Role.WAREHOUSE),
                                Map.of("option", "DESTROY", "reason", "x"))
                        .status())
                .isEqualTo(403);
        assertThat(get("/api/units/" + unitId + "/disposition", manager)
                        .json()
                        .path("revision")
                        .asInt())
                .isEqualTo(1);

        String other = chosen.equals("DESTROY") ? "RECYCLE" : "DESTROY";
        Res overridden = post(
                "/api/units/" + unitId + "/disposition/override",
                manager,
                Map.of("option", other, "reason", "swollen cell, site policy is to destroy"));
        assertThat(overridden.status()).as(overridden.body()).isEqualTo(200);
        assertThat(overridden.json().path("option").asString()).isEqualTo(other);
        assertThat(overridden.json().path("overridden").asBoolean()).isTrue();
        assertThat(overridden.json().path("changes").findValuesAsString("trigger"))
                .contains("override");
        assertThat(overridden.json().path("override").path("reason").asString()).contains("swollen");
    }

    @Test
    void aRecalledUnitIsNeverSentToAResaleChannelNotEvenByOverride() {
        Tenant t = newTenant();
        String wh = t.token(Role.WAREHOUSE);
        String order = placeOrder(t, 3, "shirt", 1);
        JsonNode r = post("/api/returns", t.token(Role.CUSTOMER), returnOf(line(order, 1, 1, "RECALL", "REFUND")))
                .json();
        assertThat(r.path("status").asString()).as(r.toString()).isIn("AUTHORIZED", "UNDER_REVIEW");
        if (r.path("status").asString().equals("UNDER_REVIEW")) {
            post("/api/returns/" + r.path("id").asString() + "/authorize", t.token(Role.AGENT), Map.of());
        }
        post("/api/receiving/scans", wh, Map.of("code", r.path("rmaNumber").asString()));
        String unitId = get("/api/returns/" + r.path("id").asString() + "/units", wh)
                .json()
                .get(0)
                .path("id")
                .asString();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> count("select count(*) from inspection_task where unit_id = ?::uuid", unitId) == 1);
        Res graded = post(
                "/api/units/" + unitId + "/inspections",
                wh,
                Map.of("answers", Map.of("recall-match", "yes", "condition", "A", "photo-label", "label.jpg")));
        assertThat(graded.status()).as(graded.body()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> get("/api/units/" + unitId + "/disposition", wh).status() == 200);
        JsonNode d = get("/api/units/" + unitId + "/disposition", wh).json();
        for (String resale : List.of("RETURN_TO_STOCK", "REFURBISH_AND_RESELL", "RESELL_AS_IS", "B2B_LOT")) {
            assertThat(option(d, resale).path("exclusions").toString()).containsIgnoringCase("recall");
        }
        assertThat(d.path("option").asString())
                .isNotIn("RETURN_TO_STOCK", "REFURBISH_AND_RESELL", "RESELL_AS_IS", "B2B_LOT");
        Res refused = post(
                "/api/units/" + unitId + "/disposition/override",
                t.token(Role.MANAGER),
                Map.of("option", "RESELL_AS_IS", "reason", "looks fine"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.problemCode()).isEqualTo("option-excluded");
        assertThat(refused.json().path("detail").asString()).containsIgnoringCase("recall");
        assertThat(get("/api/units/" + unitId + "/disposition", wh)
                        .json()
                        .path("revision")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void aClientRuleOrANewTableDecidesTheClientsUnitsAgain() {
        Tenant t = newTenant();
        String unitId = gradedPhone(t, "OK", "A");
        String manager = t.token(Role.MANAGER);
        String first = get("/api/units/" + unitId + "/disposition", manager)
                .json()
                .path("option")
                .asString();

        Res bad = send(
                java.net.http.HttpRequest.newBuilder(uri("/api/disposition/rules"))
                        .header("Content-Type", "text/plain")
                        .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("sometimes liquidate")),
                manager);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.problemCode()).isEqualTo("invalid-client-rule");

        Res rules = send(
                java.net.http.HttpRequest.newBuilder(uri("/api/disposition/rules"))
                        .header("Content-Type", "text/plain")
                        .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("never " + first + " brand=Test")),
                manager);
        assertThat(rules.status()).as(rules.body()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            JsonNode d = get("/api/units/" + unitId + "/disposition", manager).json();
            assertThat(d.path("option").asString()).isNotEqualTo(first);
            assertThat(d.path("rulesVersion").asInt()).isEqualTo(1);
            assertThat(option(d, first).path("exclusions").toString()).contains("never");
        });
        JsonNode progress =
                get("/api/disposition/reevaluations/latest", manager).json();
        assertThat(progress.path("total").asInt()).isEqualTo(1);

        Res csv = get("/api/disposition/table", manager);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        String header = csv.body()
                .lines()
                .filter(l -> l.startsWith("client,"))
                .findFirst()
                .orElseThrow();
        Res table = send(
                java.net.http.HttpRequest.newBuilder(uri("/api/disposition/table"))
                        .header("Content-Type", "text/csv")
                        .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(header
                                + "\n*,electronics,*,RECYCLE,0,1,0,0,0,0,0,0,0,0,0,0,500,test: recycling pays\n")),
                manager);
        assertThat(table.status()).as(table.body()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(get("/api/units/" + unitId + "/disposition", manager)
                                .json()
                                .path("option")
                                .asString())
                        .isEqualTo("RECYCLE"));
        // the re-evaluation announces its batch's changes in one event; the recovery ledger (a listener) takes them
        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(get("/api/units/" + unitId + "/recovery", manager)
                                .json()
                                .path("expected")
                                .path("option")
                                .asString())
                        .isEqualTo("RECYCLE"));
    }

    private static JsonNode option(JsonNode decision, String option) {
        for (JsonNode o : decision.path("options")) {
            if (o.path("option").asString().equals(option)) {
                return o;
            }
        }
        throw new AssertionError("no option " + option);
    }
}
