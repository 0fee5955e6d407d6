package org.retrogistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.retrogistics.access.Role;
import org.retrogistics.returns.ExchangeScope;
import org.retrogistics.returns.LostParcelMoney;
import org.retrogistics.returns.MoneyMoment;
import org.retrogistics.returns.PolicyTerms;
import org.retrogistics.returns.Resolution;
import org.retrogistics.shared.Money;
import org.retrogistics.testing.ApiTestSupport;
import tools.jackson.databind.JsonNode;

/**
 * The money and quantity guarantees over real HTTP on the real database (docs/adr/0011): money never leaves twice for
 * an order line across returns, quantities follow the units, lost parcels and kept items settle a return, exchanges give
 * their stock back, and store credit never mixes currencies.
 */
class MoneyFollowsUnitsIT extends ApiTestSupport {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private void policy(Tenant t, MoneyMoment moment, ExchangeScope scope) {
        policies.publish(
                t.id(),
                new PolicyTerms(
                        30,
                        14,
                        Set.of(),
                        BigDecimal.ZERO,
                        Set.of(),
                        EnumSet.of(Resolution.REFUND, Resolution.EXCHANGE, Resolution.STORE_CREDIT),
                        moment,
                        null,
                        true,
                        false,
                        5,
                        LostParcelMoney.AS_REQUESTED,
                        scope));
    }

    private BigDecimal paidOut(Tenant t) {
        return jdbc.sql("select coalesce(sum(amount), 0) from money_movement where client_id = ? and status = 'ISSUED'"
                        + " and kind in ('REFUND_TO_ORIGINAL', 'STORE_CREDIT', 'EXCHANGE_DIFFERENCE_REFUNDED')")
                .param(t.id().value())
                .query(BigDecimal.class)
                .single();
    }

    private String create(Tenant t, String order, int quantity, String resolution) {
        Res r = post(
                "/api/returns", t.token(Role.CUSTOMER), returnOf(line(order, 1, quantity, "DEFECTIVE", resolution)));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().path("id").asString();
    }

    @Test
    void aRefundedReturnCannotBeCancelledSoTheOrderLineIsNeverRefundedTwice() {
        Tenant t = newTenant();
        policy(t, MoneyMoment.ON_REQUEST, ExchangeScope.SAME_PRODUCT);
        String order = placeOrder(t, 3, "phone", 1);
        BigDecimal price = t.products().get("phone").unitValue().amount();
        String id = create(t, order, 1, "REFUND");
        await().atMost(WAIT).until(() -> paidOut(t).compareTo(price) == 0);

        Res cancel = post("/api/returns/" + id + "/cancel", t.token(Role.CUSTOMER), Map.of("reason", "again"));
        assertThat(cancel.status()).as(cancel.body()).isEqualTo(409);
        assertThat(cancel.problemCode()).isEqualTo("return-money-moved");
        Res again = post("/api/returns", t.token(Role.CUSTOMER), returnOf(line(order, 1, 1, "DEFECTIVE", "REFUND")));
        assertThat(again.status()).as("the unit is still in the first return").isEqualTo(422);
        assertThat(again.problemCode()).isEqualTo("return-quantity-exceeded");
        assertThat(paidOut(t)).isEqualByComparingTo(price);
        assertThat(jdbc.sql("select committed from refund_order_line_account where client_id = ?")
                        .param(t.id().value())
                        .query(BigDecimal.class)
                        .single())
                .isEqualByComparingTo(price);
    }

    @Test
    void aLostParcelIsSettledAsThePolicySaysAndCloses() {
        Tenant t = newTenant();
        policy(t, MoneyMoment.ON_RECEIPT, ExchangeScope.SAME_PRODUCT);
        String order = placeOrder(t, 3, "phone", 2);
        String id = create(t, order, 2, "REFUND");
        post("/api/returns/" + id + "/ship", t.token(Role.AGENT), Map.of("carrier", "UPS", "trackingNumber", "1Z-L"));
        Res lost = post("/api/returns/" + id + "/lost", t.token(Role.AGENT), Map.of("reason", "UPS claim 77"));
        assertThat(lost.status()).as(lost.body()).isEqualTo(200);
        assertThat(lost.json().path("status").asString()).isEqualTo("LOST");
        BigDecimal paid = t.products().get("phone").unitValue().amount().multiply(BigDecimal.valueOf(2));
        await().atMost(WAIT).until(() -> paidOut(t).compareTo(paid) == 0);

        Res closed = post("/api/returns/" + id + "/close", t.token(Role.AGENT), Map.of("note", "settled"));
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(closed.json().path("status").asString()).isEqualTo("CLOSED");
        Res again = post("/api/returns", t.token(Role.CUSTOMER), returnOf(line(order, 1, 1, "DEFECTIVE", "REFUND")));
        assertThat(again.status())
                .as("paid for and never arrived: not returnable again")
                .isEqualTo(422);
    }

    @Test
    void theCustomerKeepsItWithAReasonAndClosingWithMoneyOpenNeedsOne() {
        Tenant t = newTenant();
        policy(t, MoneyMoment.AFTER_INSPECTION, ExchangeScope.SAME_PRODUCT);
        String order = placeOrder(t, 3, "shirt", 2);
        String id = create(t, order, 2, "REFUND");
        String path = "/api/returns/" + id + "/resolutions";
        Res noReason = post(path, t.token(Role.AGENT), Map.of("lineNo", 1, "kind", "KEEP_IT", "quantity", 1));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.problemCode()).isEqualTo("reason-required");
        Res kept = post(
                path,
                t.token(Role.AGENT),
                Map.of("lineNo", 1, "kind", "KEEP_IT", "quantity", 1, "note", "not worth the postage"));
        assertThat(kept.status()).as(kept.body()).isEqualTo(201);
        JsonNode line = get("/api/returns/" + id, t.token(Role.AGENT))
                .json()
                .path("lines")
                .get(0);
        assertThat(line.path("keptQuantity").asInt()).isEqualTo(1);

        Res close = post("/api/returns/" + id + "/close", t.token(Role.AGENT), Map.of());
        assertThat(close.status()).isEqualTo(422);
        assertThat(close.problemCode()).isEqualTo("close-needs-reason");
        Res closed =
                post("/api/returns/" + id + "/close", t.token(Role.AGENT), Map.of("reason", "customer sends nothing"));
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        // the unit still expected and never resolved goes back to the order; the kept one does not
        assertThat(jdbc.sql("select returned_quantity from order_line ol join customer_order o on o.id = ol.order_id"
                                + " where o.order_number = ?")
                        .param(order)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void exchangesStayWithinTheScopeAndACancelledReturnGivesTheirStockBack() {
        Tenant t = newTenant();
        policy(t, MoneyMoment.AFTER_INSPECTION, ExchangeScope.SAME_PRODUCT);
        String order = placeOrder(t, 3, "phone", 1);
        String id = create(t, order, 1, "EXCHANGE");
        String path = "/api/returns/" + id + "/resolutions";
        Res other = post(path, t.token(Role.AGENT), Map.of("lineNo", 1, "kind", "EXCHANGE", "sku", t.sku("shirt")));
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.problemCode()).isEqualTo("exchange-out-of-scope");

        put(t, "/api/exchange-stock/" + t.sku("phone"), Map.of("available", 1));
        Res same = post(path, t.token(Role.AGENT), Map.of("lineNo", 1, "kind", "EXCHANGE", "sku", t.sku("phone")));
        assertThat(same.status()).as(same.body()).isEqualTo(201);
        assertThat(stock(t)).isZero();

        Res cancel = post("/api/returns/" + id + "/cancel", t.token(Role.CUSTOMER), Map.of("reason", "kept it"));
        assertThat(cancel.status()).as(cancel.body()).isEqualTo(200);
        await().atMost(WAIT).until(() -> stock(t) == 1);
        JsonNode resolution = get(path, t.token(Role.AGENT)).json().get(0);
        assertThat(resolution.path("withdrawnReason").asString()).isEqualTo("return cancelled");
        // nothing held back on the order line: the customer has the original again
        Res again = post("/api/returns", t.token(Role.CUSTOMER), returnOf(line(order, 1, 1, "DEFECTIVE", "EXCHANGE")));
        assertThat(again.status()).as(again.body()).isEqualTo(201);
    }

    private int stock(Tenant t) {
        return jdbc.sql("select available from exchange_stock where client_id = ?")
                .param(t.id().value())
                .query(Integer.class)
                .single();
    }

    @Test
    void storeCreditIsKeptPerCurrencyAndADebitNeverCrossesCurrencies() {
        Tenant t = newTenant();
        String email = "multi@example.com";
        var ledger = storeCredit;
        ledger.credit(t.id(), email, Money.of("40.00", "EUR"), "test:eur", "test");
        ledger.credit(t.id(), email, Money.of("100.00", "USD"), "test:usd", "test");
        JsonNode eur = get("/api/store-credit/" + email + "?currency=EUR", t.token(Role.AGENT))
                .json();
        assertThat(new BigDecimal(eur.path("balance").path("amount").asString()))
                .isEqualByComparingTo("40.00");
        assertThat(eur.path("balances")).hasSize(2);
        Res tooMuch = post(
                "/api/store-credit/" + email + "/debits",
                t.token(Role.AGENT),
                Map.of("amount", "120.00", "currency", "EUR"));
        assertThat(tooMuch.status()).isEqualTo(422);
        Res fine = post(
                "/api/store-credit/" + email + "/debits",
                t.token(Role.AGENT),
                Map.of("amount", "30.00", "currency", "EUR"));
        assertThat(fine.status()).as(fine.body()).isEqualTo(201);
        assertThat(new BigDecimal(fine.json().path("balance").path("amount").asString()))
                .isEqualByComparingTo("10.00");
        JsonNode usd = get("/api/store-credit/" + email + "?currency=USD", t.token(Role.AGENT))
                .json();
        assertThat(new BigDecimal(usd.path("balance").path("amount").asString()))
                .isEqualByComparingTo("100.00");
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.retrogistics.refunds.StoreCreditLedger storeCredit;

    private Res put(Tenant t, String path, Object body) {
        return send(
                java.net.http.HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/json")
                        .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))),
                t.token(Role.MANAGER));
    }
}
