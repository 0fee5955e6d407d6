package org.retrogistics.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.retrogistics.access.Role;
import org.retrogistics.catalog.ProductDraft;
import org.retrogistics.testing.ApiTestSupport;

/**
 * Every CSV export guards the cells a spreadsheet would run as formulas: a product, a site and a customer named like a
 * formula come out as text (a leading '), while amounts stay numbers.
 */
class CsvExportsIT extends ApiTestSupport {

    private static final String LINK = "=HYPERLINK(\"http://e.vil\",\"x\")";
    private static final String SUM = "@SUM(1+1)";

    private static List<CSVRecord> csv(Res r) throws IOException {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("text/csv");
        return CSVFormat.RFC4180
                .builder()
                .setHeader()
                .get()
                .parse(new StringReader(r.body()))
                .getRecords();
    }

    /** A product whose SKU, name and brand read as formulas. */
    private void formulaProduct(Tenant t) {
        t.products()
                .put(
                        "formula",
                        catalog.addProduct(
                                t.id(),
                                new ProductDraft(
                                        "-" + t.code() + "+1",
                                        null,
                                        LINK,
                                        SUM,
                                        "apparel",
                                        null,
                                        300,
                                        new BigDecimal("29.00"),
                                        "USD",
                                        true,
                                        0,
                                        false,
                                        false,
                                        null,
                                        null,
                                        null)));
    }

    private String decidedForLot(Tenant t) {
        String unitId = receivedUnit(t, "formula", "CHANGED_MIND");
        post(
                "/api/units/" + unitId + "/inspections",
                t.token(Role.WAREHOUSE),
                Map.of("answers", Map.of("tags-packaging", "yes", "torn-stained", "no", "condition", "A")));
        await().atMost(Duration.ofSeconds(15))
                .until(() ->
                        get("/api/units/" + unitId + "/disposition", t.admin()).status() == 200);
        if (!get("/api/units/" + unitId + "/disposition", t.admin())
                .json()
                .path("option")
                .asString()
                .equals("B2B_LOT")) {
            Res o = post(
                    "/api/units/" + unitId + "/disposition/override",
                    t.token(Role.MANAGER),
                    Map.of("option", "B2B_LOT", "reason", "sold in a lot in this test"));
            assertThat(o.status()).as(o.body()).isEqualTo(200);
        }
        return unitId;
    }

    @Test
    void theLotManifestShowsFormulaNamesAsText() throws IOException {
        Tenant t = newTenant();
        formulaProduct(t);
        String wh = t.token(Role.WAREHOUSE);
        String unit = decidedForLot(t);
        Res lot = post("/api/lots", wh, Map.of("title", "Formula shirts", "unitIds", List.of(unit)));
        assertThat(lot.status()).as(lot.body()).isEqualTo(201);

        List<CSVRecord> rows = csv(get("/api/lots/" + lot.json().path("id").asString() + "/manifest.csv", wh));
        assertThat(rows).hasSize(1);
        CSVRecord row = rows.get(0);
        assertThat(row.get("item")).isEqualTo("'-" + t.code() + "+1");
        assertThat(row.get("description")).isEqualTo("'" + LINK);
        assertThat(row.get("brand")).isEqualTo("'" + SUM);
        assertThat(row.get("unit retail")).isEqualTo("29.00");
        assertThat(row.get("quantity")).isEqualTo("1");
    }

    @Test
    void theLegManifestShowsFormulaCodesAsText() throws IOException {
        Tenant t = newTenant();
        formulaProduct(t);
        String manager = t.token(Role.MANAGER);
        String wh = t.token(Role.WAREHOUSE);
        String origin = "=1+" + t.code();
        for (String code : List.of(origin, "RTM")) {
            Map<String, Object> site = new LinkedHashMap<>();
            site.put("code", code);
            site.put("name", "Site " + code);
            site.put("kind", "WAREHOUSE");
            site.put("latitude", 52.0);
            site.put("longitude", 4.5);
            Res s = post("/api/sites", manager, site);
            assertThat(s.status()).as(s.body()).isEqualTo(201);
        }
        String unit = receivedUnit(t, "formula", "CHANGED_MIND");
        String sscc = post("/api/containers", wh, Map.of("kind", "TOTE", "location", "OUTBOUND"))
                .json()
                .path("sscc")
                .asString();
        assertThat(post("/api/units/" + unit + "/moves", wh, Map.of("container", sscc))
                        .status())
                .isEqualTo(200);
        Res leg = post(
                "/api/legs",
                wh,
                Map.of("origin", origin, "destination", "RTM", "mode", "ROAD", "distanceKm", 80, "price", 100));
        assertThat(leg.status()).as(leg.body()).isEqualTo(201);
        String id = leg.json().path("id").asString();
        assertThat(post("/api/legs/" + id + "/load", wh, Map.of("sscc", sscc)).status())
                .isEqualTo(200);
        Res dispatched = post("/api/legs/" + id + "/dispatch", wh, Map.of());
        assertThat(dispatched.status()).as(dispatched.body()).isEqualTo(200);

        List<CSVRecord> rows = csv(get("/api/legs/" + id + "/manifest.csv", wh));
        assertThat(rows).hasSize(1);
        CSVRecord row = rows.get(0);
        assertThat(row.get("origin")).isEqualTo("'" + origin);
        assertThat(row.get("sku")).isEqualTo("'-" + t.code() + "+1");
        assertThat(row.get("destination")).isEqualTo("RTM");
        // a number stays a number
        assertThat(row.get("weight_kg")).matches("\\d+(\\.\\d+)?");
    }

    @Test
    void thePayoutFileShowsAFormulaCustomerAsTextAndAmountsAsNumbers() throws IOException {
        Tenant t = newTenant();
        // a payout to a customer whose address reads as a formula (= and + are valid in an e-mail's local part)
        jdbc.sql(
                        """
                        insert into payout_ledger (id, client_id, payout_number, movement_id, idempotency_key,
                          direction, kind, amount, currency, customer_email, rma_number, line_no, recorded_at)
                        values (?, ?, nextval('payout_number_seq'), ?, ?, 'OUT', 'REFUND_TO_ORIGINAL', 12.50, 'USD',
                          ?, ?, 1, ?)
                        """)
                .params(
                        UUID.randomUUID(),
                        t.id().value(),
                        UUID.randomUUID(),
                        "csv-" + t.code(),
                        "=1+2@example.com",
                        "-RMA+" + t.code(),
                        Timestamp.from(Instant.now().minusSeconds(60)))
                .update();

        List<CSVRecord> rows = csv(get("/api/finance/payouts.csv", t.token(Role.MANAGER)));
        assertThat(rows).hasSize(1);
        CSVRecord row = rows.get(0);
        assertThat(row.get("customer_email")).isEqualTo("'=1+2@example.com");
        assertThat(row.get("rma_number")).isEqualTo("'-RMA+" + t.code());
        assertThat(row.get("amount")).isEqualTo("12.50");
        assertThat(row.get("line_no")).isEqualTo("1");
    }
}
