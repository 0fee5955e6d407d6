package org.retrogistics.recycling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.retrogistics.access.Role;
import org.retrogistics.catalog.ProductDraft;
import org.retrogistics.catalog.ProductFacts;
import org.retrogistics.custody.CustodyLedger;
import org.retrogistics.custody.ExpectedUnit;
import org.retrogistics.custody.UnitSnapshot;
import org.retrogistics.shared.UnitFateReached;
import org.retrogistics.testing.ApiTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Recycling over real HTTP: a lapsed recycler and an unsanitised data-bearing unit are refused with nothing written; a
 * batch is filled (weighed, or estimated from the product or its UNU key), shipped out of custody and closed with a
 * certificate that lists every unit; a unit decided DISPOSE goes to landfill; the diversion report adds it all up,
 * including a fate another module published.
 */
class RecyclingIT extends ApiTestSupport {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Autowired
    CustodyLedger custody;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    /** A recycler whose R2 certificate runs from {@code from} to {@code until}. */
    private String recycler(Tenant t, String code, LocalDate from, LocalDate until) {
        Res r = post(
                "/api/recyclers",
                t.token(Role.MANAGER),
                Map.of(
                        "code",
                        code,
                        "name",
                        code + " Recovery Ltd",
                        "address",
                        "1 Smelter Road",
                        "certifications",
                        List.of(Map.of(
                                "scheme",
                                "R2",
                                "number",
                                "R2-" + code,
                                "validFrom",
                                from.toString(),
                                "validUntil",
                                until.toString()))));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().path("id").asString();
    }

    /** A unit in the warehouse with a serial, taken in without a return (as a blind receipt would). */
    private UnitSnapshot unitInCustody(Tenant t, ProductFacts product, String serial) {
        return custody.takeIn(
                new ExpectedUnit(
                        t.id(),
                        product.id(),
                        product.sku(),
                        serial,
                        null,
                        "test:" + serial,
                        "STOCK",
                        "warehouse",
                        "test"),
                null,
                "test unit");
    }

    private String openBatch(Tenant t, String recyclerId, String purpose) {
        Res r = post(
                "/api/recycling/batches",
                t.token(Role.WAREHOUSE),
                Map.of("recyclerId", recyclerId, "purpose", purpose));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().path("id").asString();
    }

    private Res addUnit(Tenant t, String batchId, String identity, Long grams) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("identity", identity);
        if (grams != null) {
            body.put("weightGrams", grams);
        }
        return post("/api/recycling/batches/" + batchId + "/units", t.token(Role.WAREHOUSE), body);
    }

    private long batchesOf(Tenant t) {
        return count("select count(*) from recycling_batch where client_id = ?", t.id().value());
    }

    /** A SANITISE work order for the unit, done by a qualified technician with a passed record. */
    private void sanitise(Tenant t, UnitSnapshot unit, String certificateId) {
        String manager = t.token(Role.MANAGER);
        String tech = t.technician();
        int qualified = send(
                        HttpRequest.newBuilder(uri("/api/technicians/" + t.technicianName() + "/qualifications"))
                                .header("Content-Type", "application/json")
                                .PUT(HttpRequest.BodyPublishers.ofString("{\"families\":[\"*\"]}")),
                        manager)
                .status();
        assertThat(qualified).isEqualTo(200);
        JsonNode wo = post(
                        "/api/work-orders", manager, Map.of("unitId", unit.id().toString(), "kind", "SANITISE"))
                .json();
        String id = wo.path("id").asString();
        assertThat(post("/api/work-orders/" + id + "/assign", tech, Map.of("technician", t.technicianName()))
                        .status())
                .isEqualTo(200);
        assertThat(post("/api/work-orders/" + id + "/start", tech, Map.of()).status())
                .isEqualTo(200);
        wo.path("requiredTests")
                .forEach(test -> post(
                        "/api/work-orders/" + id + "/tests", tech, Map.of("name", test.asString(), "passed", true)));
        Res done = post(
                "/api/work-orders/" + id + "/complete",
                tech,
                Map.of(
                        "sanitisation",
                        Map.of(
                                "method",
                                "PURGE",
                                "tool",
                                "nwipe 0.34",
                                "passed",
                                true,
                                "operator",
                                t.technicianName(),
                                "certificateId",
                                certificateId)));
        assertThat(done.status()).as(done.body()).isEqualTo(200);
    }

    @Test
    void aBatchToALapsedRecyclerIsRefusedAndNothingIsWritten() {
        Tenant t = newTenant();
        String lapsed = recycler(t, "OLD", TODAY.minusYears(2), TODAY.minusDays(1));
        Res refused = post(
                "/api/recycling/batches", t.token(Role.WAREHOUSE), Map.of("recyclerId", lapsed, "purpose", "RECYCLE"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.problemCode()).isEqualTo("recycler-certification-lapsed");
        assertThat(refused.json().path("detail").asString())
                .contains("R2-OLD")
                .contains(TODAY.minusDays(1).toString());
        assertThat(batchesOf(t)).isZero();

        // a batch dated after the certificate ends is refused the same way; a renewal lets it through
        String current = recycler(t, "NEW", TODAY.minusYears(1), TODAY.plusDays(10));
        Res late = post(
                "/api/recycling/batches",
                t.token(Role.WAREHOUSE),
                Map.of(
                        "recyclerId",
                        current,
                        "purpose",
                        "RECYCLE",
                        "batchDate",
                        TODAY.plusDays(11).toString()));
        assertThat(late.problemCode()).isEqualTo("recycler-certification-lapsed");
        assertThat(batchesOf(t)).isZero();
        Res renewed = post(
                "/api/recyclers/" + current + "/certifications",
                t.token(Role.MANAGER),
                Map.of(
                        "scheme",
                        "E_STEWARDS",
                        "number",
                        "ES-9",
                        "validFrom",
                        TODAY.plusDays(11).toString(),
                        "validUntil",
                        TODAY.plusYears(1).toString()));
        assertThat(renewed.status()).isEqualTo(201);
        assertThat(renewed.json().path("certifications").size()).isEqualTo(2);
        Res backwards = post(
                "/api/recyclers/" + current + "/certifications",
                t.token(Role.MANAGER),
                Map.of(
                        "scheme",
                        "ISO_14001",
                        "number",
                        "ISO-1",
                        "validFrom",
                        "2026-02-01",
                        "validUntil",
                        "2026-01-01"));
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.problemCode()).isEqualTo("invalid-certification");
        assertThat(post(
                                "/api/recycling/batches",
                                t.token(Role.WAREHOUSE),
                                Map.of(
                                        "recyclerId",
                                        current,
                                        "purpose",
                                        "RECYCLE",
                                        "batchDate",
                                        TODAY.plusDays(11).toString()))
                        .status())
                .isEqualTo(201);
        assertThat(batchesOf(t)).isEqualTo(1);
    }

    @Test
    void aDataBearingUnitWithoutSanitisationIsRefusedInARecyclingBatchButDestroyedWithACertificate()
            throws IOException {
        Tenant t = newTenant();
        String recycler = recycler(t, "GRN", TODAY.minusYears(1), TODAY.plusYears(1));
        UnitSnapshot phone = unitInCustody(t, t.products().get("phone"), "IMEI-" + t.code());
        String batch = openBatch(t, recycler, "RECYCLE");

        Res refused = addUnit(t, batch, phone.licencePlate(), null);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.problemCode()).isEqualTo("data-bearing-unit-not-sanitised");
        assertThat(refused.json().path("detail").asString()).contains(phone.licencePlate());
        JsonNode unchanged =
                get("/api/recycling/batches/" + batch, t.token(Role.WAREHOUSE)).json();
        assertThat(unchanged.path("units")).isEmpty();
        assertThat(count("select count(*) from recycling_batch_unit where batch_id = ?::uuid", batch))
                .isZero();

        // the same phone goes in a destruction batch, and its certificate of destruction says it was destroyed
        String destroy = openBatch(t, recycler, "DESTROY");
        Res added = addUnit(t, destroy, phone.serial(), 180L);
        assertThat(added.status()).as(added.body()).isEqualTo(200);
        // and no second batch may take it while this one stands
        Res twice = addUnit(t, batch, phone.licencePlate(), null);
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.problemCode()).isEqualTo("unit-already-batched");
        assertThat(post("/api/recycling/batches/" + destroy + "/ship", t.token(Role.WAREHOUSE), Map.of())
                        .status())
                .isEqualTo(200);
        Res closed = post(
                "/api/recycling/batches/" + destroy + "/close",
                t.token(Role.MANAGER),
                Map.of("method", "SHRED_AND_RECOVER"));
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(closed.json().path("certificateNumber").asString()).startsWith("COD-");
        String text = pdfText(t, destroy);
        assertThat(text)
                .contains("Certificate of destruction")
                .contains(phone.licencePlate())
                .contains("destroyed");
    }

    @Test
    void aBatchIsWeighedShippedAndClosedWithACertificateListingEveryUnitAndTheDiversionAddsUp() throws IOException {
        Tenant t = newTenant();
        String recycler = recycler(t, "ECO", TODAY.minusYears(1), TODAY.plusYears(1));
        ProductFacts handset = catalog.addProduct(
                t.id(),
                new ProductDraft(
                        t.code() + "-HANDSET",
                        null,
                        "Old handset",
                        "Test",
                        "phones",
                        null,
                        0,
                        new BigDecimal("5.00"),
                        "USD",
                        true,
                        0,
                        true,
                        false,
                        null,
                        "0306",
                        null));
        UnitSnapshot phone = unitInCustody(t, t.products().get("phone"), "SN-PHONE-" + t.code());
        UnitSnapshot shirt = unitInCustody(t, t.products().get("shirt"), "SN-SHIRT-" + t.code());
        UnitSnapshot old = unitInCustody(t, handset, "SN-OLD-" + t.code());
        sanitise(t, phone, "SAN-" + t.code());

        String batch = openBatch(t, recycler, "RECYCLE");
        Res none = post("/api/recycling/batches/" + batch + "/ship", t.token(Role.WAREHOUSE), Map.of());
        assertThat(none.problemCode()).isEqualTo("empty-batch");
        assertThat(addUnit(t, batch, phone.licencePlate(), null).status()).isEqualTo(200);
        assertThat(addUnit(t, batch, shirt.serial(), 412L).status()).isEqualTo(200);
        Res last = addUnit(t, batch, old.licencePlate(), null);
        assertThat(last.status()).as(last.body()).isEqualTo(200);
        JsonNode units = last.json().path("units");
        assertThat(units.size()).isEqualTo(3);
        // phone: its product's 300 g (estimated); shirt: the scale; handset: the UNU key 0306 average, 90 g (estimated)
        assertThat(units.get(0).path("weightGrams").asLong()).isEqualTo(300);
        assertThat(units.get(0).path("weightSource").asString()).isEqualTo("PRODUCT");
        assertThat(units.get(0).path("sanitisationCertificate").asString()).isEqualTo("SAN-" + t.code());
        assertThat(units.get(1).path("weightGrams").asLong()).isEqualTo(412);
        assertThat(units.get(1).path("estimated").asBoolean()).isFalse();
        assertThat(units.get(2).path("weightGrams").asLong()).isEqualTo(90);
        assertThat(units.get(2).path("weightSource").asString()).isEqualTo("UNU_KEY");
        assertThat(last.json().path("totalGrams").asLong()).isEqualTo(802);
        assertThat(last.json().path("estimatedGrams").asLong()).isEqualTo(390);

        // a stale version is refused; shipping takes every unit out of custody
        Res stale = send(
                HttpRequest.newBuilder(uri("/api/recycling/batches/" + batch + "/ship"))
                        .header("Content-Type", "application/json")
                        .header("If-Match", "\"0\"")
                        .POST(HttpRequest.BodyPublishers.ofString("{}")),
                t.token(Role.WAREHOUSE));
        assertThat(stale.status()).isEqualTo(409);
        Res shipped = post("/api/recycling/batches/" + batch + "/ship", t.token(Role.WAREHOUSE), Map.of());
        assertThat(shipped.status()).isEqualTo(200);
        assertThat(shipped.json().path("status").asString()).isEqualTo("SHIPPED");
        JsonNode history =
                get("/api/units/" + shirt.id() + "/history", t.admin()).json();
        assertThat(history.path("unit").path("state").asString()).isEqualTo("IN_TRANSIT");
        assertThat(history.path("custody").findValuesAsString("sourceRef"))
                .contains("recycling-batch:" + shipped.json().path("number").asString());
        assertThat(post("/api/units/" + shirt.id() + "/moves", t.token(Role.WAREHOUSE), Map.of("location", "STOCK"))
                        .status())
                .isEqualTo(409);

        Res closed = post(
                "/api/recycling/batches/" + batch + "/close",
                t.token(Role.MANAGER),
                Map.of("method", "DISMANTLE_AND_RECOVER", "processedOn", TODAY.toString(), "cost", "12.00"));
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(closed.json().path("status").asString()).isEqualTo("CLOSED");
        String certificate = closed.json().path("certificateNumber").asString();
        JsonNode released =
                get("/api/units/" + shirt.id() + "/history", t.admin()).json();
        assertThat(released.path("unit").path("state").asString()).isEqualTo("RELEASED");
        assertThat(released.path("unit").path("holder").asString()).isEqualTo("recycler:ECO");
        assertThat(post(
                                "/api/recycling/batches/" + batch + "/close",
                                t.token(Role.MANAGER),
                                Map.of("method", "SHRED_AND_RECOVER"))
                        .problemCode())
                .isEqualTo("batch-transition-not-allowed");

        String text = pdfText(t, batch);
        assertThat(text)
                .contains("Certificate of recycling")
                .contains(certificate)
                .contains("R2-ECO")
                .contains("ECO Recovery Ltd")
                .contains("dismantled, materials recovered")
                .contains(TODAY.toString())
                .contains("0.802 kg");
        for (UnitSnapshot u : List.of(phone, shirt, old)) {
            assertThat(text).contains(u.licencePlate()).contains(u.serial());
        }
        assertThat(text)
                .contains("0.300 *")
                .contains("0.412")
                .doesNotContain("0.412 *")
                .contains("0.090 *");
        assertThat(text).contains("sanitised SAN-" + t.code());

        // a unit decided DISPOSE goes to landfill; one decided otherwise does not
        String binned = decidedDispose(t);
        UnitSnapshot spare = unitInCustody(t, t.products().get("shirt"), "SN-SPARE-" + t.code());
        Res notDecided = post(
                "/api/recycling/disposals",
                t.token(Role.WAREHOUSE),
                Map.of("unitId", spare.id().toString()));
        assertThat(notDecided.status()).isEqualTo(422);
        assertThat(notDecided.problemCode()).isEqualTo("unit-not-decided-dispose");
        Res disposed =
                post("/api/recycling/disposals", t.token(Role.WAREHOUSE), Map.of("unitId", binned, "weightGrams", 500));
        assertThat(disposed.status()).as(disposed.body()).isEqualTo(201);
        assertThat(get("/api/units/" + binned + "/history", t.admin())
                        .json()
                        .path("unit")
                        .path("state")
                        .asString())
                .isEqualTo("RELEASED");
        assertThat(post("/api/recycling/disposals", t.token(Role.WAREHOUSE), Map.of("unitId", binned))
                        .status())
                .isEqualTo(409);

        // another module (a sale) settles the spare shirt's fate without a weight: estimated from its product, 300 g
        transactions.executeWithoutResult(s -> events.publishEvent(new UnitFateReached(
                spare.id(), t.id(), UnitFateReached.Fate.REUSE, null, "listing", "L-" + t.code(), Instant.now())));

        String month = TODAY.toString().substring(0, 7);
        String query = "/api/recycling/diversion?from=" + TODAY.withDayOfMonth(1) + "&to=" + TODAY;
        await().atMost(Duration.ofSeconds(10))
                .until(() -> get(query, t.token(Role.MANAGER))
                                .json()
                                .path("total")
                                .path("units")
                                .asInt()
                        == 5);
        JsonNode report =
                get(query + "&groupBy=category", t.token(Role.MANAGER)).json();
        JsonNode total = report.path("total");
        // recycled 802 g, reused 300 g (estimated), landfilled 500 g
        assertThat(total.path("totalGrams").asLong()).isEqualTo(1602);
        assertThat(total.path("landfillGrams").asLong()).isEqualTo(500);
        assertThat(total.path("divertedGrams").asLong()).isEqualTo(1102);
        assertThat(total.path("estimatedGrams").asLong()).isEqualTo(690);
        assertThat(total.path("diversionRate").decimalValue()).isEqualByComparingTo("0.6879");
        assertThat(total.path("gramsByFate").path("REUSE").asLong()).isEqualTo(300);
        Map<String, Long> byCategory = new LinkedHashMap<>();
        report.path("groups")
                .forEach(g -> byCategory.put(
                        g.path("key").asString(), g.path("totalGrams").asLong()));
        assertThat(byCategory)
                .containsEntry("electronics", 300L)
                .containsEntry("apparel", 1212L)
                .containsEntry("phones", 90L);
        JsonNode byMonth = get(query + "&groupBy=month", t.token(Role.MANAGER)).json();
        assertThat(byMonth.path("groups").size()).isEqualTo(1);
        assertThat(byMonth.path("groups").get(0).path("key").asString()).isEqualTo(month);
        assertThat(get(query + "&groupBy=colour", t.token(Role.MANAGER)).problemCode())
                .isEqualTo("invalid-group-by");
    }

    /** A shirt received, graded and overridden to DISPOSE by a manager. */
    private String decidedDispose(Tenant t) {
        String unitId = receivedUnit(t, "shirt", "CHANGED_MIND");
        inspect(t, unitId, Map.of("tags-packaging", "yes", "torn-stained", "no", "condition", "D"), null);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> get("/api/units/" + unitId + "/disposition", t.token(Role.MANAGER))
                                .status()
                        == 200);
        Res override = post(
                "/api/units/" + unitId + "/disposition/override",
                t.token(Role.MANAGER),
                Map.of("option", "DISPOSE", "reason", "soiled beyond cleaning"));
        assertThat(override.status()).as(override.body()).isEqualTo(200);
        return unitId;
    }

    private String pdfText(Tenant t, String batchId) throws IOException {
        try {
            HttpResponse<byte[]> pdf = HTTP.send(
                    HttpRequest.newBuilder(uri("/api/recycling/batches/" + batchId + "/certificate.pdf"))
                            .header("Authorization", "Bearer " + t.token(Role.WAREHOUSE))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
            try (PDDocument doc = Loader.loadPDF(pdf.body())) {
                return new PDFTextStripper().getText(doc);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aUnitDecidedForAnotherOptionJoinsABatchOnlyWithAnOverrideReasonKeptOnItsDecisionTrail() {
        Tenant t = newTenant();
        String unitId = receivedUnit(t, "phone", "DEFECTIVE");
        inspect(t, unitId, phoneAnswers("pass", "A", "A"), "OK");
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(10))
                .until(() -> get("/api/units/" + unitId + "/disposition", t.token(Role.MANAGER))
                                .status()
                        == 200);
        // a working phone in grade A is decided for something worth more than recycling (restock, resale, repair)
        String decided = get("/api/units/" + unitId + "/disposition", t.token(Role.MANAGER))
                .json()
                .path("option")
                .asString();
        assertThat(decided).isNotIn("RECYCLE", "DESTROY", "DISPOSE");
        String batch = openBatch(
                t,
                recycler(
                        t,
                        "GR" + t.code(),
                        LocalDate.now().minusYears(1),
                        LocalDate.now().plusYears(1)),
                "DESTROY"); // a phone holds data: destroyed with a certificate

        Res refused =
                post("/api/recycling/batches/" + batch + "/units", t.token(Role.WAREHOUSE), Map.of("unitId", unitId));
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.problemCode()).isEqualTo("unit-decided-otherwise");
        assertThat(refused.body()).contains(decided);
        assertThat(count("select count(*) from recycling_batch_unit where unit_id = ?::uuid", unitId))
                .isZero();

        Res added = post(
                "/api/recycling/batches/" + batch + "/units",
                t.token(Role.WAREHOUSE),
                Map.of("unitId", unitId, "overrideReason", "water damage found on the shelf"));
        assertThat(added.status()).as(added.body()).isEqualTo(200);
        JsonNode decision = get("/api/units/" + unitId + "/disposition", t.token(Role.MANAGER))
                .json();
        assertThat(decision.path("option").asString()).isEqualTo("DESTROY");
        assertThat(count(
                        "select count(*) from disposition_change where unit_id = ?::uuid and from_option = ?"
                                + " and to_option = 'DESTROY' and reason like ?",
                        unitId,
                        decided,
                        "%water damage found on the shelf%"))
                .isEqualTo(1);
    }

    @Test
    void aCancelledBatchReleasesItsUnitsAndHasNoCertificate() {
        Tenant t = newTenant();
        String recycler = recycler(t, "TMP", TODAY.minusDays(1), TODAY.plusDays(1));
        UnitSnapshot shirt = unitInCustody(t, t.products().get("shirt"), "SN-C-" + t.code());
        String batch = openBatch(t, recycler, "RECYCLE");
        assertThat(addUnit(t, batch, shirt.licencePlate(), 250L).status()).isEqualTo(200);
        String other = openBatch(t, recycler, "RECYCLE");
        assertThat(addUnit(t, other, shirt.licencePlate(), null).problemCode()).isEqualTo("unit-already-batched");
        assertThat(get("/api/recycling/batches/" + batch + "/certificate.pdf", t.token(Role.WAREHOUSE))
                        .status())
                .isEqualTo(404);
        assertThat(post("/api/recycling/batches/" + batch + "/cancel", t.token(Role.MANAGER), Map.of())
                        .json()
                        .path("status")
                        .asString())
                .isEqualTo("CANCELLED");
        assertThat(addUnit(t, other, shirt.licencePlate(), null).status()).isEqualTo(200);
        assertThat(get("/api/recycling/batches?status=CANCELLED", t.token(Role.WAREHOUSE))
                        .json()
                        .path("totalElements")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void aRecyclerCanBeRegisteredOnAnExistingRecyclerSiteOnly() {
        Tenant t = newTenant();
        String manager = t.token(Role.MANAGER);
        String warehouseSite = post("/api/sites", t.admin(), Map.of("code", "DC", "name", "DC", "kind", "WAREHOUSE"))
                .json()
                .path("id")
                .asString();
        String recyclerSite = post("/api/sites", t.admin(), Map.of("code", "RY", "name", "Yard", "kind", "RECYCLER"))
                .json()
                .path("id")
                .asString();
        Res wrong = post("/api/recyclers", manager, Map.of("siteId", warehouseSite));
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.problemCode()).isEqualTo("site-not-a-recycler");
        Res ok = post("/api/recyclers", manager, Map.of("siteId", recyclerSite));
        assertThat(ok.status()).as(ok.body()).isEqualTo(201);
        assertThat(ok.json().path("code").asString()).isEqualTo("RY");
        assertThat(post("/api/recyclers", manager, Map.of("siteId", recyclerSite))
                        .problemCode())
                .isEqualTo("duplicate-recycler");
        assertThat(post("/api/recyclers", manager, Map.of("name", "no code")).problemCode())
                .isEqualTo("invalid-recycler");
    }
}
