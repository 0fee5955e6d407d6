package org.retrogistics.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.retrogistics.access.Role;
import org.retrogistics.orders.OrderDraft;
import org.retrogistics.testing.ApiTestSupport;
import tools.jackson.databind.JsonNode;

/**
 * The return window over HTTP: open while less than 30 × 24 hours have passed since delivery, the refusal naming the
 * instant it closed; an order with no delivery on record refused, or reviewed when the policy says so.
 */
class ReturnWindowIT extends ApiTestSupport {

    private String orderDeliveredAt(Tenant t, Instant delivered) {
        String number = t.code() + "-" + UUID.randomUUID().toString().substring(0, 8);
        orders.place(
                t.id(),
                new OrderDraft(
                        number,
                        SHOPPER,
                        "Sam Shopper",
                        (delivered == null ? Instant.now() : delivered).minus(Duration.ofDays(2)),
                        delivered,
                        "USD",
                        List.of(new OrderDraft.Line(
                                t.sku("shirt"),
                                1,
                                t.products().get("shirt").unitValue().amount(),
                                false))));
        return number;
    }

    private Res changeOfMind(Tenant t, String order) {
        return post("/api/returns", t.token(Role.CUSTOMER), returnOf(line(order, 1, 1, "CHANGED_MIND", "REFUND")));
    }

    @Test
    void theWindowClosesThirtyTimesTwentyFourHoursAfterDeliveryToTheMinute() {
        Tenant t = newTenant();
        Instant thirtyDaysAgo = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(30));

        Res inside = changeOfMind(t, orderDeliveredAt(t, thirtyDaysAgo.plus(Duration.ofMinutes(1))));
        assertThat(inside.status()).as(inside.body()).isEqualTo(201);
        assertThat(inside.json().path("status").asString()).isEqualTo("AUTHORIZED");

        Instant delivered = thirtyDaysAgo.minus(Duration.ofMinutes(1));
        Res outside = changeOfMind(t, orderDeliveredAt(t, delivered));
        assertThat(outside.status()).isEqualTo(422);
        JsonNode line = outside.json().path("lines").get(0);
        assertThat(line.path("code").asString()).isEqualTo("return-window-closed");
        Instant closed = delivered.plus(Duration.ofDays(30));
        assertThat(line.path("reason").asString())
                .contains("closed at " + closed)
                .contains("delivered " + delivered);
        assertThat(closed).isBefore(Instant.now());

        // the once-reported case: 30 days and 23 hours is outside a 30-day window
        Res late = changeOfMind(t, orderDeliveredAt(t, thirtyDaysAgo.minus(Duration.ofHours(23))));
        assertThat(late.status()).isEqualTo(422);
        assertThat(count("select count(*) from return_request where client_id = ?", t.id().value()))
                .isEqualTo(1);
    }

    @Test
    void anUndeliveredOrderIsRefusedAndGoesToReviewOnlyWhenThePolicySays() {
        Tenant t = newTenant();
        String order = orderDeliveredAt(t, null);
        Res asked = post(
                "/api/returns/eligibility",
                t.token(Role.CUSTOMER),
                returnOf(line(order, 1, 1, "CHANGED_MIND", "REFUND")));
        assertThat(asked.json().path("outcome").asString()).isEqualTo("REJECT");
        assertThat(asked.json()
                        .path("lines")
                        .get(0)
                        .path("verdict")
                        .path("code")
                        .asString())
                .isEqualTo("order-not-delivered");
        Res refused = changeOfMind(t, order);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.problemCode()).isEqualTo("return-refused-by-policy");
        assertThat(refused.json().path("lines").get(0).path("code").asString()).isEqualTo("order-not-delivered");
        assertThat(get("/api/return-policy", t.token(Role.CUSTOMER))
                        .json()
                        .path("terms")
                        .path("reviewUndelivered")
                        .asBoolean())
                .isFalse();

        Map<String, Object> terms = new java.util.LinkedHashMap<>();
        terms.put("windowDays", 30);
        terms.put("shipWithinDays", 14);
        terms.put("offeredResolutions", List.of("REFUND", "EXCHANGE"));
        terms.put("moneyMoves", "AFTER_INSPECTION");
        terms.put("reviewUndelivered", true);
        Res published = post("/api/return-policy", t.token(Role.MANAGER), terms);
        assertThat(published.status()).as(published.body()).isEqualTo(201);
        assertThat(published.json().path("terms").path("reviewUndelivered").asBoolean())
                .isTrue();

        Res reviewed = changeOfMind(t, order);
        assertThat(reviewed.status()).as(reviewed.body()).isEqualTo(201);
        assertThat(reviewed.json().path("status").asString()).isEqualTo("UNDER_REVIEW");
        assertThat(reviewed.json().path("lines").get(0).path("policyOutcome").asString())
                .isEqualTo("REVIEW");
        assertThat(reviewed.json().path("decisionReason").asString()).contains("no delivery on record");
    }
}
