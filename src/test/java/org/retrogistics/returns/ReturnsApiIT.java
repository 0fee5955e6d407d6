package org.retrogistics.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.retrogistics.access.Role;
import org.retrogistics.testing.ApiTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** A return's life over the real HTTP API, database and custody ledger. */
class ReturnsApiIT extends ApiTestSupport {

    @Autowired
    ExpiringReturns expiring;

    @Test
    void aReturnWalksFromRequestToClosedWithEveryUnitsCustodyOnRecord() {
        Tenant t = newTenant();
        String order = placeOrder(t, 5, "phone", 2, "shirt", 1);
        Map<String, Object> request =
                returnOf(line(order, 1, 2, "CHANGED_MIND", "REFUND"), line(order, 2, 1, "SIZE_FIT", "EXCHANGE"));

        Res eligibility = post("/api/returns/eligibility", t.token(Role.CUSTOMER), request);
        assertThat(eligibility.status()).isEqualTo(200);
        assertThat(eligibility.json().path("outcome").asString()).isEqualTo("ALLOW");
        assertThat(eligibility
                        .json()
                        .path("lines")
                        .get(0)
                        .path("verdict")
                        .path("restockingFee")
                        .path("amount")
                        .asString())
                .isEqualTo("149.70");
        assertThat(count("select count(*) from return_request where client_id = ?", t.id().value()))
                .as("asking the policy records nothing")
                .isZero();

        Res created = post("/api/returns", t.token(Role.CUSTOMER), request);
        assertThat(created.status()).isEqualTo(201);
        JsonNode r = created.json();
        String id = r.path("id").asString();
        assertThat(created.header("Location")).endsWith("/api/returns/" + id);
        assertThat(r.path("status").asString()).isEqualTo("AUTHORIZED");
        assertThat(r.path("rmaNumber").asString()).startsWith("RMA-");
        assertThat(r.path("timeline"))
                .extracting(e -> e.path("type").asString())
                .containsExactly("ReturnRequested", "ReturnAuthorized");

        JsonNode units =
                get("/api/returns/" + id + "/units", t.token(Role.AGENT)).json();
        assertThat(units).hasSize(3);
        assertThat(units).allSatisfy(u -> {
            assertThat(u.path("state").asString()).isEqualTo("EXPECTED");
            assertThat(u.path("licencePlate").asString()).matches("LP\\d{10}");
        });

        Res shipped = post(
                "/api/returns/" + id + "/ship",
                t.token(Role.AGENT),
                Map.of("carrier", "UPS", "trackingNumber", "1Z999"));
        assertThat(shipped.json().path("status").asString()).isEqualTo("IN_TRANSIT");

        Res part = post(
                "/api/returns/" + id + "/receipts",
                t.token(Role.WAREHOUSE),
                Map.of("lineNo", 1, "quantity", 1, "location", "dock-3"));
        assertThat(part.json().path("status").asString()).isEqualTo("PARTIALLY_RECEIVED");
        post("/api/returns/" + id + "/receipts", t.token(Role.WAREHOUSE), Map.of("lineNo", 1, "quantity", 1));
        Res all = post("/api/returns/" + id + "/receipts", t.token(Role.WAREHOUSE), Map.of("lineNo", 2, "quantity", 1));
        assertThat(all.json().path("status").asString()).isEqualTo("RECEIVED");

        // counted in by hand, the units are receipted and queued for inspection as scanned ones are
        List<String> unitIds = new java.util.ArrayList<>();
        units.forEach(u -> unitIds.add(u.path("id").asString()));
        JsonNode queue =
                get("/api/inspections/queue?limit=500", t.token(Role.WAREHOUSE)).json();
        List<String> queued = new java.util.ArrayList<>();
        queue.forEach(q -> queued.add(q.path("unitId").asString()));
        assertThat(queued)
                .as("every unit received by count waits for inspection")
                .containsAll(unitIds);
        queue.forEach(q -> {
            if (unitIds.contains(q.path("unitId").asString())) {
                assertThat(q.path("rmaNumber").asString())
                        .isEqualTo(r.path("rmaNumber").asString());
            }
        });
        JsonNode receipts = get("/api/receiving/receipts?limit=500", t.token(Role.WAREHOUSE))
                .json();
        List<String> receipted = new java.util.ArrayList<>();
        receipts.forEach(x -> receipted.add(x.path("unitId").asString()));
        assertThat(receipted).as("and each has its receipt").containsAll(unitIds);

        Res unresolved = post("/api/returns/" + id + "/close", t.token(Role.AGENT), Map.of("note", "done"));
        assertThat(unresolved.status()).as("its refunds wait for inspection").isEqualTo(422);
        assertThat(unresolved.problemCode()).isEqualTo("close-needs-reason");
        Res closed = post(
                "/api/returns/" + id + "/close",
                t.token(Role.AGENT),
                Map.of("note", "done", "reason", "refunds follow at inspection"));
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(closed.json().path("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.json().path("possibleActions")).isEmpty();

        String unitId = units.get(0).path("id").asString();
        JsonNode history = get("/api/units/" + unitId + "/history", t.token(Role.WAREHOUSE))
                .json();
        assertThat(history.path("custody"))
                .extracting(e -> e.path("type").asString())
                .containsExactly("EXPECTED", "IN_TRANSIT", "RECEIVED");
        JsonNode receipt = history.path("custody").get(2);
        assertThat(receipt.path("location").asString()).isEqualTo("dock-3");
        assertThat(receipt.path("recordedBy").asString()).isEqualTo("token:warehouse");
        assertThat(history.path("unit").path("state").asString()).isEqualTo("IN_CUSTODY");

        JsonNode orderView = get("/api/orders?number=" + order, t.token(Role.AGENT))
                .json()
                .path("content")
                .get(0);
        assertThat(orderView.path("lines").get(0).path("returnedQuantity").asInt())
                .isEqualTo(2);
    }

    @Test
    void aHighValueReturnWaitsForReviewAndGetsItsUnitsOnlyWhenAuthorized() {
        Tenant t = newTenant();
        String order = placeOrder(t, 3, "laptop", 1);
        JsonNode r = post("/api/returns", t.token(Role.CUSTOMER), returnOf(line(order, 1, 1, "CHANGED_MIND", "REFUND")))
                .json();
        assertThat(r.path("status").asString()).isEqualTo("UNDER_REVIEW");
        assertThat(r.path("decisionReason").asString()).contains("above the review threshold");
        String id = r.path("id").asString();
        assertThat(get("/api/returns/" + id + "/units", t.token(Role.AGENT)).json())
                .isEmpty();

        Res authorized =
                post("/api/returns/" + id + "/authorize", t.token(Role.AGENT), Map.of("note", "known customer"));
        assertThat(authorized.json().path("status").asString()).isEqualTo("AUTHORIZED");
        assertThat(get("/api/returns/" + id + "/units", t.token(Role.AGENT)).json())
                .hasSize(1);
    }

    @Test
    void rejectingOrCancellingGivesTheQuantityBackToTheOrder() {
        Tenant t = newTenant();
        String order = placeOrder(t, 3, "laptop", 1, "phone", 1);
        String id = post("/api/returns", t.token(Role.CUSTOMER), returnOf(line(order, 1, 1, "CHANGED_MIND", "REFUND")))
                .json()
                .path("id")
                .asString();
        Res rejected = post("/api/returns/" + id + "/reject", t.token(Role.AGENT), Map.of("reason", "used item"));
        assertThat(rejected.json().path("status").asString()).isEqualTo("REJECTED");
        assertThat(returned(t, order, 1)).isZero();

        String phone = post(
                        "/api/returns", t.token(Role.CUSTOMER), returnOf(line(order, 2, 1, "CHANGED_MIND", "REFUND")))
                .json()
                .path("id")
                .asString();
        assertThat(returned(t, order, 2)).isEqualTo(1);
        Res cancelled = post("/api/returns/" + phone + "/cancel", t.token(Role.CUSTOMER), Map.of("reason", "kept it"));
        assertThat(cancelled.json().path("status").asString()).isEqualTo("CANCELLED");
        assertThat(returned(t, order, 2)).isZero();
        JsonNode unit = get("/api/returns/" + phone + "/units", t.token(Role.AGENT))
                .json()
                .get(0);
        assertThat(unit.path("state").asString()).isEqualTo("NOT_COMING");
    }

    private int returned(Tenant t, String order, int lineNo) {
        return get("/api/orders?number=" + order, t.token(Role.AGENT))
                .json()
                .path("content")
                .get(0)
                .path("lines")
                .get(lineNo - 1)
                .path("returnedQuantity")
                .asInt();
    }

    @Test
    void aDeliveryFailureComesBackWithoutACustomerRequest() {
        Tenant t = newTenant();
        String order = placeOrder(t, null, "phone", 1, "shirt", 2);
        Res r = post(
                "/api/returns/return-to-sender",
                t.token(Role.WAREHOUSE),
                Map.of("orderNumber", order, "carrier", "DHL", "trackingNumber", "JD0001", "note", "address unknown"));
        assertThat(r.status()).isEqualTo(201);
        assertThat(r.json().path("kind").asString()).isEqualTo("DELIVERY_FAILURE");
        assertThat(r.json().path("status").asString()).isEqualTo("IN_TRANSIT");
        assertThat(r.json().path("lines"))
                .extracting(l -> l.path("quantity").asInt())
                .containsExactly(1, 2);
        JsonNode units = get("/api/returns/" + r.json().path("id").asString() + "/units", t.token(Role.AGENT))
                .json();
        assertThat(units).hasSize(3).allSatisfy(u -> assertThat(u.path("holder").asString())
                .isEqualTo("DHL"));
    }

    @Test
    void aWarrantyClaimWithoutAnOrderIsReviewedAndKeepsItsSerial() {
        Tenant t = newTenant();
        Map<String, Object> claim = Map.of(
                "kind", "WARRANTY_CLAIM",
                "customerEmail", "old.customer@example.com",
                "lines",
                        List.of(Map.of(
                                "sku",
                                t.sku("phone"),
                                "quantity",
                                1,
                                "reason",
                                "WARRANTY_FAILURE",
                                "resolution",
                                "REPAIR",
                                "serial",
                                "SN-123456")));
        JsonNode r = post("/api/returns", t.token(Role.AGENT), claim).json();
        assertThat(r.path("status").asString()).isEqualTo("UNDER_REVIEW");
        assertThat(r.path("lines").get(0).path("policyReason").asString()).contains("without an order");
        String id = r.path("id").asString();
        post("/api/returns/" + id + "/authorize", t.token(Role.MANAGER), Map.of());
        JsonNode unit =
                get("/api/returns/" + id + "/units", t.token(Role.AGENT)).json().get(0);
        assertThat(unit.path("serial").asString()).isEqualTo("SN-123456");
        assertThat(get("/api/units?identity=SN-123456", t.token(Role.WAREHOUSE)).json())
                .hasSize(1);
    }

    @Test
    void externalReasonCodesMapToTheInternalTaxonomy() {
        Tenant t = newTenant();
        String order = placeOrder(t, 3, "shirt", 1);
        Map<String, Object> line = Map.of(
                "orderNumber",
                order,
                "lineNo",
                1,
                "quantity",
                1,
                "reasonCode",
                "shopify:SIZE_TOO_SMALL",
                "resolution",
                "EXCHANGE");
        JsonNode r = post("/api/returns", t.token(Role.CUSTOMER), Map.of("lines", List.of(line)))
                .json();
        assertThat(r.path("lines").get(0).path("reason").asString()).isEqualTo("SIZE_FIT");
        assertThat(r.path("lines").get(0).path("reasonCode").asString()).isEqualTo("shopify:SIZE_TOO_SMALL");
        JsonNode catalogue = get("/api/reason-codes", t.token(Role.AGENT)).json();
        assertThat(catalogue.path("externalCodes"))
                .anySatisfy(m -> assertThat(m.path("externalCode").asString()).isEqualTo("ARRIVED_DAMAGED"));
    }

    @Test
    void aReturnRefusedByThePolicySaysWhyPerLineAndRecordsNothing() {
        Tenant t = newTenant();
        String order = placeOrder(t, 45, "phone", 1, "shirt", 1);
        Res r = post(
                "/api/returns",
                t.token(Role.CUSTOMER),
                returnOf(line(order, 1, 1, "DEFECTIVE", "REPAIR"), line(order, 2, 1, "CHANGED_MIND", "REFUND")));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.problemCode()).isEqualTo("return-refused-by-policy");
        assertThat(r.json().path("detail").asString()).contains("line 2").contains("30-day return window closed");
        assertThat(r.json().path("lines"))
                .extracting(l -> l.path("outcome").asString())
                .containsExactly("ALLOW", "REJECT");
        assertThat(count("select count(*) from return_request where client_id = ?", t.id().value()))
                .isZero();
        assertThat(returned(t, order, 1)).isZero();
    }

    @Test
    void listsFilterAndPage() {
        Tenant t = newTenant();
        String order = placeOrder(t, 3, "shirt", 3, "laptop", 1);
        post("/api/returns", t.token(Role.CUSTOMER), returnOf(line(order, 1, 1, "SIZE_FIT", "EXCHANGE")));
        post("/api/returns", t.token(Role.CUSTOMER), returnOf(line(order, 1, 1, "SIZE_FIT", "EXCHANGE")));
        post("/api/returns", t.token(Role.CUSTOMER), returnOf(line(order, 2, 1, "CHANGED_MIND", "REFUND")));

        JsonNode page = get("/api/returns?status=AUTHORIZED&size=1&page=1", t.token(Role.AGENT))
                .json();
        assertThat(page.path("totalElements").asInt()).isEqualTo(2);
        assertThat(page.path("totalPages").asInt()).isEqualTo(2);
        assertThat(page.path("content")).hasSize(1);
        JsonNode review =
                get("/api/returns?status=UNDER_REVIEW", t.token(Role.AGENT)).json();
        assertThat(review.path("content")).hasSize(1);
        assertThat(get("/api/returns?email=nobody@example.com", t.token(Role.AGENT))
                        .json()
                        .path("totalElements")
                        .asInt())
                .isZero();
    }

    @Test
    void anAuthorizedReturnNeverShippedExpiresAndFreesItsQuantity() {
        Tenant t = newTenant();
        String order = placeOrder(t, 3, "shirt", 1);
        String id = post("/api/returns", t.token(Role.CUSTOMER), returnOf(line(order, 1, 1, "SIZE_FIT", "EXCHANGE")))
                .json()
                .path("id")
                .asString();
        jdbc.sql("update return_request set expires_at = now() - interval '1 hour' where id = ?::uuid")
                .param(id)
                .update();
        assertThat(expiring.expireOverdue()).isGreaterThanOrEqualTo(1);
        JsonNode r = get("/api/returns/" + id, t.token(Role.AGENT)).json();
        assertThat(r.path("status").asString()).isEqualTo("EXPIRED");
        assertThat(returned(t, order, 1)).isZero();
    }

    @Test
    void theChainOfCustodyCannotBeRewrittenEvenInTheDatabase() {
        Tenant t = newTenant();
        String order = placeOrder(t, 3, "shirt", 1);
        String id = post("/api/returns", t.token(Role.CUSTOMER), returnOf(line(order, 1, 1, "SIZE_FIT", "EXCHANGE")))
                .json()
                .path("id")
                .asString();
        String unit = get("/api/returns/" + id + "/units", t.token(Role.AGENT))
                .json()
                .get(0)
                .path("id")
                .asString();
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> jdbc.sql("update custody_event set holder = 'someone else' where unit_id = ?::uuid")
                                .param(unit)
                                .update())
                .hasMessageContaining("append-only");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> jdbc.sql("delete from custody_event where unit_id = ?::uuid")
                                .param(unit)
                                .update())
                .hasMessageContaining("append-only");
        assertThat(get("/api/units/" + unit + "/history", t.token(Role.AGENT))
                        .json()
                        .path("custody")
                        .get(0)
                        .path("holder")
                        .asString())
                .isEqualTo("shopper@example.com");
    }
}
