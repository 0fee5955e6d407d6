package org.retrogistics.refunds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.retrogistics.access.Role;
import org.retrogistics.returns.ExchangeScope;
import org.retrogistics.returns.MoneyMoment;
import org.retrogistics.returns.PolicyTerms;
import org.retrogistics.returns.Resolution;
import org.retrogistics.returns.ReturnReason;
import org.retrogistics.testing.ApiTestSupport;
import org.retrogistics.web.pages.PortalLinks;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Refunds end to end over HTTP: money moves at the step the client's policy names, for what the policy allows; a unit
 * held at inspection stops its refund; too much, twice, or an exchange for something out of stock is a 4xx that
 * writes nothing; store credit has its own ledger; finance exports the payouts as CSV.
 */
class RefundsIT extends ApiTestSupport {

    /** The signed link the shopper's messages carry: the portal takes no e-mail in an address. */
    @Autowired
    private PortalLinks links;

    @org.springframework.beans.factory.annotation.Autowired
    org.retrogistics.refunds.RecoveryFactsRecorder recoveryFacts;

    private static final Duration WAIT = Duration.ofSeconds(15);

    private void moneyMovesAt(Tenant t, MoneyMoment moment) {
        policies.publish(
                t.id(),
                new PolicyTerms(
                        30,
                        14,
                        Set.of(),
                        new BigDecimal("15.00"),
                        Set.of(ReturnReason.ARRIVED_LATE),
                        EnumSet.of(Resolution.REFUND, Resolution.EXCHANGE, Resolution.STORE_CREDIT, Resolution.REPAIR),
                        moment,
                        new BigDecimal("1000.00"),
                        true,
                        null,
                        null,
                        null,
                        null));
    }

    private JsonNode newReturn(Tenant t, String product, int quantity, String reason, String resolution) {
        String order = placeOrder(t, 3, product, quantity);
        Res r = post("/api/returns", t.token(Role.CUSTOMER), returnOf(line(order, 1, quantity, reason, resolution)));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().path("status").asString()).isEqualTo("AUTHORIZED");
        return r.json();
    }

    private JsonNode movements(Tenant t, String returnId) {
        return get(
                        "/api/refunds?rma="
                                + get("/api/returns/" + returnId, t.admin())
                                        .json()
                                        .path("rmaNumber")
                                        .asString(),
                        t.token(Role.AGENT))
                .json()
                .path("content");
    }

    private JsonNode awaitMovement(Tenant t, String returnId, String status) {
        await().atMost(WAIT).until(() -> {
            JsonNode m = movements(t, returnId);
            return m.size() == 1 && m.get(0).path("status").asString().equals(status);
        });
        return movements(t, returnId).get(0);
    }

    private String returnOfUnit(String unitId) {
        return jdbc.sql(
                        """
                        select rl.return_id::text from unit u join return_line rl on u.source_ref = 'return-line:' || rl.id
                         where u.id = ?::uuid
                        """)
                .param(unitId)
                .query(String.class)
                .single();
    }

    private Map<String, Object> resolution(int lineNo, String kind, Object... more) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("lineNo", lineNo);
        body.put("kind", kind);
        for (int i = 0; i < more.length; i += 2) {
            body.put((String) more[i], more[i + 1]);
        }
        return body;
    }

    private String writes(Tenant t) {
        return count("select count(*) from line_resolution where client_id = ?", t.id().value()) + "/"
                + count("select count(*) from money_movement where client_id = ?", t.id().value()) + "/"
                + count("select count(*) from payout_ledger where client_id = ?", t.id().value()) + "/"
                + jdbc.sql("select coalesce(sum(committed), 0)::text || ':' || coalesce(sum(committed_units), 0)"
                                + " from refund_line_account where client_id = ?")
                        .param(t.id().value())
                        .query(String.class)
                        .single()
                + "/"
                + jdbc.sql("select coalesce(sum(available), 0) from exchange_stock where client_id = ?")
                        .param(t.id().value())
                        .query(Long.class)
                        .single();
    }

    @Test
    void onReceiptTheRefundIsPaidLessTheRestockingFeeAndFinanceExportsIt() {
        Tenant t = newTenant();
        moneyMovesAt(t, MoneyMoment.ON_RECEIPT);
        JsonNode r = newReturn(t, "phone", 1, "CHANGED_MIND", "REFUND");
        String id = r.path("id").asString();
        assertThat(movements(t, id)).isEmpty();

        Res received =
                post("/api/returns/" + id + "/receipts", t.token(Role.WAREHOUSE), Map.of("lineNo", 1, "quantity", 1));
        assertThat(received.status()).as(received.body()).isEqualTo(200);
        JsonNode m = awaitMovement(t, id, "ISSUED");
        // 499.00 paid, 15% restocking fee 74.85
        assertThat(m.path("amount").path("amount").asString()).isEqualTo("424.15");
        assertThat(m.path("kind").asString()).isEqualTo("REFUND_TO_ORIGINAL");
        assertThat(m.path("trigger").asString()).isEqualTo("ON_RECEIPT");
        assertThat(m.path("restockingFee").path("amount").asString()).isEqualTo("74.85");
        assertThat(m.path("providerRef").asString()).startsWith("ledger:PO-");
        // the refund is a cost of the unit it paid for, for the recovery ledger
        String unit = get("/api/returns/" + id + "/units", t.admin())
                .json()
                .get(0)
                .path("id")
                .asString();
        var facts = recoveryFacts.bySource(m.path("id").asString());
        assertThat(facts).hasSize(1);
        assertThat(facts.get(0).kind()).isEqualTo(org.retrogistics.shared.RecoveryFacts.Kind.REFUND);
        assertThat(facts.get(0).unitId().toString()).isEqualTo(unit);
        assertThat(facts.get(0).amount().amount()).isEqualByComparingTo("424.15");

        // the customer sees what they get and its status, nothing of the workings
        JsonNode customer = get("/api/returns/" + id + "/resolutions", t.token(Role.CUSTOMER))
                .json();
        assertThat(customer.get(0).path("movements").get(0).path("status").asString())
                .isEqualTo("ISSUED");
        assertThat(customer.toString()).doesNotContain("explanation").doesNotContain("restocking");
        JsonNode agent =
                get("/api/returns/" + id + "/resolutions", t.token(Role.AGENT)).json();
        assertThat(agent.get(0).path("explanation").asString()).contains("restocking fee -74.85 USD");

        // a second refund of the same unit is refused and writes nothing
        String before = writes(t);
        Res again = post("/api/returns/" + id + "/resolutions", t.token(Role.AGENT), resolution(1, "REFUND"));
        assertThat(again.status()).as(again.body()).isEqualTo(409);
        assertThat(again.problemCode()).isEqualTo("line-already-resolved");
        assertThat(writes(t)).isEqualTo(before);

        // an issued refund cannot be cancelled
        Res cancel = post(
                "/api/refunds/" + m.path("id").asString() + "/cancel", t.token(Role.MANAGER), Map.of("reason", "x"));
        assertThat(cancel.status()).isEqualTo(409);
        assertThat(cancel.problemCode()).isEqualTo("refund-transition-not-allowed");

        // the customer's status page in the portal shows the refund, its amount and that it is paid
        Res page = send(
                java.net.http.HttpRequest.newBuilder(uri(
                                links.statusPath(t.code(), r.path("rmaNumber").asString())))
                        .GET(),
                null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("Refund to your payment method")
                .contains("424.15 USD")
                .contains(">Paid<")
                .doesNotContain("restocking fee -");
        Res csv = get("/api/finance/payouts.csv", t.token(Role.MANAGER));
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        List<String> rows = csv.body().lines().toList();
        assertThat(rows.get(0)).startsWith("payout_number,recorded_at,rma_number");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1))
                .contains(r.path("rmaNumber").asString())
                .contains("REFUND_TO_ORIGINAL,OUT,424.15,USD")
                .contains(m.path("id").asString());
        assertThat(get("/api/finance/payouts.csv", t.token(Role.AGENT)).status())
                .isEqualTo(403);
    }

    @Test
    void afterInspectionDamageTheCustomerCausedIsDeductedAndAHeldUnitIsNotPaid() {
        Tenant t = newTenant();
        // the tenant's policy moves money after inspection
        String worn = receivedUnit(t, "phone", "CHANGED_MIND");
        String wornReturn = returnOfUnit(worn);
        assertThat(movements(t, wornReturn)).isEmpty();
        inspect(t, worn, cosmetic("D"), "OK");
        JsonNode m = awaitMovement(t, wornReturn, "ISSUED");
        // 499.00 - 74.85 restocking - 249.50 (cosmetic D: 50%) = 174.65
        assertThat(m.path("damageDeduction").path("amount").asString()).isEqualTo("249.50");
        assertThat(m.path("amount").path("amount").asString()).isEqualTo("174.65");
        assertThat(m.path("trigger").asString()).isEqualTo("AFTER_INSPECTION");
        assertThat(m.path("unitIds").get(0).asString()).isEqualTo(worn);

        String suspect = receivedUnit(t, "phone", "CHANGED_MIND");
        String suspectReturn = returnOfUnit(suspect);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("answers", cosmetic("A"));
        body.put("batteryState", "OK");
        body.put("counterfeitSigns", true);
        assertThat(post("/api/units/" + suspect + "/inspections", t.token(Role.WAREHOUSE), body)
                        .status())
                .isEqualTo(201);
        JsonNode held = awaitMovement(t, suspectReturn, "HELD");
        assertThat(held.path("holdReason").asString()).contains("counterfeit");
        assertThat(count(
                        "select count(*) from payout_ledger where movement_id = ?::uuid",
                        held.path("id").asString()))
                .isZero();
        assertThat(post("/api/refunds/" + held.path("id").asString() + "/retry", t.token(Role.AGENT), Map.of())
                        .problemCode())
                .isEqualTo("refund-transition-not-allowed");

        // a manager who cleared the unit releases the refund: it is paid now
        Res released = post("/api/refunds/" + held.path("id").asString() + "/release", t.token(Role.MANAGER), Map.of());
        assertThat(released.status()).as(released.body()).isEqualTo(200);
        assertThat(released.json().path("status").asString()).isEqualTo("ISSUED");
        assertThat(count(
                        "select count(*) from payout_ledger where movement_id = ?::uuid",
                        held.path("id").asString()))
                .isEqualTo(1);
    }

    @Test
    void aRefundAboveWhatWasPaidIsRefusedAndWritesNothingAPartialOneIsPaid() {
        Tenant t = newTenant();
        JsonNode r = newReturn(t, "shirt", 2, "SIZE_FIT", "REFUND");
        String path = "/api/returns/" + r.path("id").asString() + "/resolutions";
        String before = writes(t);

        Res tooMuch = post(path, t.token(Role.AGENT), resolution(1, "REFUND", "quantity", 1, "amount", "29.01"));
        assertThat(tooMuch.status()).as(tooMuch.body()).isEqualTo(422);
        assertThat(tooMuch.problemCode()).isEqualTo("refund-exceeds-paid");
        // 29.00 paid, but the 15% restocking fee (4.35) is kept
        Res aboveAllowed = post(path, t.token(Role.AGENT), resolution(1, "REFUND", "quantity", 1, "amount", "25.00"));
        assertThat(aboveAllowed.status()).isEqualTo(422);
        assertThat(aboveAllowed.problemCode()).isEqualTo("refund-exceeds-allowed");
        assertThat(aboveAllowed.json().path("detail").asString()).contains("24.65");
        Res tooMany = post(path, t.token(Role.AGENT), resolution(1, "REFUND", "quantity", 3));
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(post(path, t.token(Role.CUSTOMER), resolution(1, "REFUND")).status())
                .isEqualTo(403);
        assertThat(writes(t)).isEqualTo(before);

        Res partial = post(path, t.token(Role.AGENT), resolution(1, "REFUND", "quantity", 1, "amount", "20.00"));
        assertThat(partial.status()).as(partial.body()).isEqualTo(201);
        assertThat(partial.json().path("movements").get(0).path("status").asString())
                .isEqualTo("ISSUED");
        Res second = post(path, t.token(Role.AGENT), resolution(1, "REFUND", "quantity", 1));
        assertThat(second.status()).as(second.body()).isEqualTo(201);
        assertThat(second.json()
                        .path("movements")
                        .get(0)
                        .path("amount")
                        .path("amount")
                        .asString())
                .isEqualTo("24.65");
        String after = writes(t);
        Res third = post(path, t.token(Role.AGENT), resolution(1, "REFUND", "quantity", 1));
        assertThat(third.status()).isEqualTo(409);
        assertThat(third.problemCode()).isEqualTo("line-already-resolved");
        assertThat(writes(t)).isEqualTo(after);
        assertThat(jdbc.sql("select committed from refund_line_account where client_id = ?")
                        .param(t.id().value())
                        .query(BigDecimal.class)
                        .single())
                .isEqualByComparingTo("44.65");
    }

    @Test
    void anExchangeNeedsStockAndRefundsTheDifferenceOrChargesIt() {
        Tenant t = newTenant();
        policies.publish(
                t.id(),
                new PolicyTerms(
                        30,
                        14,
                        Set.of(),
                        new BigDecimal("15.00"),
                        Set.of(ReturnReason.ARRIVED_LATE),
                        EnumSet.of(Resolution.REFUND, Resolution.EXCHANGE, Resolution.STORE_CREDIT, Resolution.REPAIR),
                        MoneyMoment.AFTER_INSPECTION,
                        new BigDecimal("1000.00"),
                        true,
                        false,
                        null,
                        null,
                        ExchangeScope.ANY_PRODUCT));
        JsonNode r = newReturn(t, "phone", 2, "WRONG_ITEM", "EXCHANGE");
        String path = "/api/returns/" + r.path("id").asString() + "/resolutions";
        String before = writes(t);
        Res none = post(path, t.token(Role.AGENT), resolution(1, "EXCHANGE", "quantity", 1, "sku", t.sku("shirt")));
        assertThat(none.status()).as(none.body()).isEqualTo(409);
        assertThat(none.problemCode()).isEqualTo("out-of-stock");
        assertThat(none.json().path("detail").asString()).contains("0 available");
        assertThat(writes(t)).isEqualTo(before);

        assertThat(put(t, "/api/exchange-stock/" + t.sku("shirt"), Map.of("available", 1))
                        .status())
                .isEqualTo(200);
        assertThat(put(t, "/api/exchange-stock/" + t.sku("laptop"), Map.of("available", 1))
                        .status())
                .isEqualTo(200);
        Res cheaper = post(path, t.token(Role.AGENT), resolution(1, "EXCHANGE", "quantity", 1, "sku", t.sku("shirt")));
        assertThat(cheaper.status()).as(cheaper.body()).isEqualTo(201);
        JsonNode refunded = cheaper.json().path("movements").get(0);
        assertThat(refunded.path("kind").asString()).isEqualTo("EXCHANGE_DIFFERENCE_REFUNDED");
        assertThat(refunded.path("amount").path("amount").asString()).isEqualTo("470.00");
        assertThat(refunded.path("status").asString()).isEqualTo("ISSUED");

        Res dearer = post(path, t.token(Role.AGENT), resolution(1, "EXCHANGE", "quantity", 1, "sku", t.sku("laptop")));
        assertThat(dearer.status()).as(dearer.body()).isEqualTo(201);
        JsonNode charged = dearer.json().path("movements").get(0);
        assertThat(charged.path("kind").asString()).isEqualTo("EXCHANGE_DIFFERENCE_CHARGED");
        assertThat(charged.path("direction").asString()).isEqualTo("IN");
        assertThat(charged.path("amount").path("amount").asString()).isEqualTo("1001.00");
        // both units used: nothing is left on the line, and the stock went out
        assertThat(jdbc.sql(
                                "select committed::text || '/' || committed_units from refund_line_account where client_id = ?")
                        .param(t.id().value())
                        .query(String.class)
                        .single())
                .isEqualTo("998.00/2");
        assertThat(count("select coalesce(sum(available), 0) from exchange_stock where client_id = ?", t.id().value()))
                .isZero();
    }

    @Test
    void storeCreditIsABalancePerCustomerWithItsOwnLedger() {
        Tenant t = newTenant();
        moneyMovesAt(t, MoneyMoment.ON_REQUEST);
        JsonNode r = newReturn(t, "shirt", 1, "CHANGED_MIND", "STORE_CREDIT");
        JsonNode m = awaitMovement(t, r.path("id").asString(), "ISSUED");
        assertThat(m.path("kind").asString()).isEqualTo("STORE_CREDIT");
        assertThat(m.path("providerRef").asString()).startsWith("store-credit:");

        String account = "/api/store-credit/Shopper@Example.com";
        JsonNode credit = get(account, t.token(Role.AGENT)).json();
        assertThat(credit.path("balance").path("amount").asString()).isEqualTo("29.00");
        assertThat(credit.path("entries")).hasSize(1);

        String before =
                writes(t) + count("select count(*) from store_credit_entry where client_id = ?", t.id().value());
        Res over = post(account + "/debits", t.token(Role.AGENT), Map.of("amount", "29.01"));
        assertThat(over.status()).isEqualTo(422);
        assertThat(over.problemCode()).isEqualTo("insufficient-store-credit");
        assertThat(writes(t) + count("select count(*) from store_credit_entry where client_id = ?", t.id().value()))
                .isEqualTo(before);
        Res spent = post(account + "/debits", t.token(Role.AGENT), Map.of("amount", "10.50", "reference", "ORDER-9"));
        assertThat(spent.status()).as(spent.body()).isEqualTo(201);
        assertThat(spent.json().path("balance").path("amount").asString()).isEqualTo("18.50");
        assertThat(spent.json()
                        .path("entries")
                        .get(0)
                        .path("amount")
                        .path("amount")
                        .asString())
                .isEqualTo("-10.50");
    }

    @Test
    void aPayoutWhoseAnswerWasLostIsRetriedWithTheSameKeyAndPaidOnce() {
        Tenant t = newTenant();
        JsonNode r = newReturn(t, "shirt", 1, "DEFECTIVE", "REFUND");
        Res made = post(
                "/api/returns/" + r.path("id").asString() + "/resolutions",
                t.token(Role.AGENT),
                resolution(1, "REFUND"));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        JsonNode m = made.json().path("movements").get(0);
        String id = m.path("id").asString();
        // the provider booked it but its answer never arrived: the movement was recorded as failed
        jdbc.sql(
                        "update money_movement set status = 'FAILED', failure_reason = 'provider not reached', provider_ref = null"
                                + " where id = ?::uuid")
                .param(id)
                .update();
        Res stale = post("/api/refunds/" + id + "/retry", t.token(Role.AGENT), Map.of(), "If-Match", "\"99\"");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.problemCode()).isEqualTo("stale-version");
        Res retried = post("/api/refunds/" + id + "/retry", t.token(Role.AGENT), Map.of());
        assertThat(retried.status()).as(retried.body()).isEqualTo(200);
        assertThat(retried.json().path("status").asString()).isEqualTo("ISSUED");
        assertThat(retried.json().path("attempts").asInt()).isEqualTo(2);
        // same idempotency key: the same payout, not a second one
        assertThat(retried.json().path("providerRef").asString())
                .isEqualTo(m.path("providerRef").asString());
        assertThat(count("select count(*) from payout_ledger where movement_id = ?::uuid", id))
                .isEqualTo(1);
        assertThat(post("/api/refunds/" + id + "/retry", t.token(Role.AGENT), Map.of())
                        .problemCode())
                .isEqualTo("refund-transition-not-allowed");
    }

    @Test
    void concurrentRefundsOfOneLineNeverPayMoreThanWasPaid() throws Exception {
        Tenant t = newTenant();
        JsonNode r = newReturn(t, "phone", 1, "DEFECTIVE", "REFUND");
        String path = "/api/returns/" + r.path("id").asString() + "/resolutions";
        var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            List<java.util.concurrent.Future<Res>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String kind = i % 2 == 0 ? "REFUND" : "STORE_CREDIT";
                answers.add(pool.submit(() -> post(path, t.token(Role.AGENT), resolution(1, kind))));
            }
            List<Integer> statuses = new java.util.ArrayList<>();
            for (var answer : answers) {
                statuses.add(
                        answer.get(30, java.util.concurrent.TimeUnit.SECONDS).status());
            }
            assertThat(statuses).containsOnlyOnce(201).containsOnly(201, 409);
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.sql("select coalesce(sum(amount), 0) from money_movement where client_id = ?")
                        .param(t.id().value())
                        .query(BigDecimal.class)
                        .single())
                .isEqualByComparingTo("499.00");
    }

    @Test
    void aReplacementAndARepairMoveNoMoneyAndAReplacementAvoidsTheRefund() {
        Tenant t = newTenant();
        JsonNode r = newReturn(t, "phone", 2, "DEFECTIVE", "REPAIR");
        String path = "/api/returns/" + r.path("id").asString() + "/resolutions";
        Res noStock = post(path, t.token(Role.AGENT), resolution(1, "REPLACEMENT", "quantity", 1));
        assertThat(noStock.problemCode()).isEqualTo("out-of-stock");
        assertThat(put(t, "/api/exchange-stock/" + t.sku("phone"), Map.of("available", 1))
                        .status())
                .isEqualTo(200);
        Res replaced = post(path, t.token(Role.AGENT), resolution(1, "REPLACEMENT", "quantity", 1));
        assertThat(replaced.status()).as(replaced.body()).isEqualTo(201);
        assertThat(replaced.json().path("movements")).isEmpty();
        assertThat(replaced.json().path("goodsValue").path("amount").asString()).isEqualTo("499.00");
        var avoided = recoveryFacts.bySource(replaced.json().path("id").asString());
        assertThat(avoided).hasSize(1);
        assertThat(avoided.get(0).kind()).isEqualTo(org.retrogistics.shared.RecoveryFacts.Kind.REFUND_AVOIDED);
        Res repaired = post(path, t.token(Role.AGENT), resolution(1, "REPAIR", "quantity", 1));
        assertThat(repaired.status()).as(repaired.body()).isEqualTo(201);
        assertThat(repaired.json().path("movements")).isEmpty();
        assertThat(post(path, t.token(Role.AGENT), resolution(1, "REFUND", "quantity", 1))
                        .problemCode())
                .isEqualTo("line-already-resolved");
        assertThat(count("select count(*) from money_movement where client_id = ?", t.id().value()))
                .isZero();
    }

    @Test
    void aCancelledRefundFreesTheLineForAnotherResolution() {
        Tenant t = newTenant();
        String unit = receivedUnit(t, "phone", "CHANGED_MIND");
        String returnId = returnOfUnit(unit);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("answers", cosmetic("A"));
        body.put("batteryState", "OK");
        body.put("counterfeitSigns", true);
        assertThat(post("/api/units/" + unit + "/inspections", t.token(Role.WAREHOUSE), body)
                        .status())
                .isEqualTo(201);
        JsonNode held = awaitMovement(t, returnId, "HELD");
        String path = "/api/returns/" + returnId + "/resolutions";
        assertThat(post(path, t.token(Role.AGENT), resolution(1, "STORE_CREDIT"))
                        .problemCode())
                .isEqualTo("line-already-resolved");
        Res noReason = post("/api/refunds/" + held.path("id").asString() + "/cancel", t.token(Role.MANAGER), Map.of());
        assertThat(noReason.status()).isEqualTo(400);
        Res cancelled = post(
                "/api/refunds/" + held.path("id").asString() + "/cancel",
                t.token(Role.MANAGER),
                Map.of("reason", "the customer sent a different phone"));
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(cancelled.json().path("status").asString()).isEqualTo("CANCELLED");
        Res credit = post(path, t.token(Role.AGENT), resolution(1, "STORE_CREDIT", "amount", "50.00"));
        assertThat(credit.status()).as(credit.body()).isEqualTo(201);
        // the unit is still on hold: the credit waits too
        assertThat(credit.json().path("movements").get(0).path("status").asString())
                .isEqualTo("HELD");
    }

    /** Answers to the default cosmetic check (the path of a changed mind). */
    private static Map<String, Object> cosmetic(String condition) {
        return Map.of("tags-packaging", "yes", "torn-stained", "no", "condition", condition);
    }

    private Res put(Tenant t, String path, Object body) {
        return send(
                java.net.http.HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/json")
                        .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))),
                t.token(Role.MANAGER));
    }
}
