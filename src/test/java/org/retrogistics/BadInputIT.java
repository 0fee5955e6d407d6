package org.retrogistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.retrogistics.access.Role;

/**
 * Every kind of bad input gets a 4xx problem+json that says what is wrong, writes nothing, and leaves the server
 * serving.
 */
class BadInputIT extends ApiTestSupport {

    private Tenant t;
    private String order;
    private long productsBefore;

    @BeforeEach
    void tenant() {
        t = newTenant();
        order = placeOrder(t, 5, "phone", 2, "shirt", 1);
        productsBefore = products();
    }

    @AfterEach
    void nothingWrittenAndStillServing() {
        assertThat(count("select count(*) from return_request where client_id = ?", t.id().value()))
                .isZero();
        assertThat(count("select count(*) from unit where client_id = ?", t.id().value()))
                .isZero();
        assertThat(products()).isEqualTo(productsBefore);
        assertThat(get("/actuator/health", null).status()).isEqualTo(200);
    }

    private long products() {
        return count("select count(*) from product where client_id = ?", t.id().value());
    }

    private Res createReturn(Object body) {
        return post("/api/returns", t.token(Role.CUSTOMER), body);
    }

    private static void problem(Res r, int status, String code) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.problemCode()).isEqualTo(code);
        assertThat(r.json().path("type").asString()).isEqualTo("https://retrogistics.org/problems/" + code);
        assertThat(r.json().path("detail").asString()).isNotBlank();
    }

    @Test
    void malformedJson() {
        Res r = createReturn("{\"lines\": [ {\"orderNumber\": ");
        problem(r, 400, "malformed-request");
    }

    @Test
    void wrongTypeNamesTheField() {
        Res r = createReturn("{\"lines\":[{\"orderNumber\":\"" + order
                + "\",\"lineNo\":1,\"quantity\":\"two\",\"reason\":\"DEFECTIVE\"}]}");
        problem(r, 400, "malformed-request");
        assertThat(r.json().path("detail").asString()).contains("quantity");
    }

    @Test
    void unknownFieldIsRefusedNotIgnored() {
        Res r = createReturn(Map.of(
                "lines",
                List.of(Map.of(
                        "orderNumber",
                        order,
                        "lineNo",
                        1,
                        "quantity",
                        1,
                        "reason",
                        "DEFECTIVE",
                        "resolution",
                        "REPAIR",
                        "colour",
                        "red"))));
        problem(r, 400, "malformed-request");
        assertThat(r.json().path("detail").asString()).contains("colour");
    }

    @Test
    void missingFieldsAreListed() {
        Res r = createReturn(Map.of("customerEmail", "shopper@example.com"));
        problem(r, 400, "validation-failed");
        assertThat(r.json().path("errors"))
                .anySatisfy(e -> assertThat(e.path("field").asString()).isEqualTo("lines"));
    }

    @Test
    void zeroAndNegativeQuantities() {
        for (int qty : new int[] {0, -3}) {
            Res r = createReturn(returnOf(line(order, 1, qty, "DEFECTIVE", "REPAIR")));
            problem(r, 400, "validation-failed");
            assertThat(r.json().path("errors").get(0).path("field").asString()).isEqualTo("lines[0].quantity");
        }
    }

    @Test
    void moreThanWasDelivered() {
        Res r = createReturn(returnOf(line(order, 1, 3, "DEFECTIVE", "REPAIR")));
        problem(r, 422, "return-quantity-exceeded");
        assertThat(r.json().path("detail").asString()).contains("3 asked back but only 2");
    }

    @Test
    void unknownOrderAndLine() {
        problem(createReturn(returnOf(line("NO-SUCH-ORDER", 1, 1, "DEFECTIVE", "REPAIR"))), 404, "order-not-found");
        problem(createReturn(returnOf(line(order, 9, 1, "DEFECTIVE", "REPAIR"))), 404, "order-line-not-found");
    }

    @Test
    void reasonOutsideTheTaxonomy() {
        Res r = createReturn(returnOf(line(order, 1, 1, "BORED", "REFUND")));
        problem(r, 400, "malformed-request");
        assertThat(r.json().path("detail").asString()).contains("BORED");
        Res code = createReturn(Map.of(
                "lines",
                List.of(Map.of(
                        "orderNumber",
                        order,
                        "lineNo",
                        1,
                        "quantity",
                        1,
                        "reasonCode",
                        "shopify:NOPE",
                        "resolution",
                        "REFUND"))));
        problem(code, 400, "unknown-reason-code");
    }

    @Test
    void gtinWithAWrongCheckDigit() {
        Res r = post(
                "/api/products",
                t.admin(),
                Map.of(
                        "sku",
                        "X-1",
                        "gtin",
                        "4006381333932",
                        "name",
                        "X",
                        "category",
                        "electronics",
                        "weightGrams",
                        100,
                        "unitValue",
                        10,
                        "currency",
                        "USD"));
        problem(r, 400, "gtin-check-digit");
        assertThat(r.json().path("detail").asString()).contains("check digit");
    }

    @Test
    void unknownSkuOnAnOrder() {
        Res r = post(
                "/api/orders",
                t.admin(),
                Map.of(
                        "orderNumber",
                        t.code() + "-X",
                        "customerEmail",
                        "a@example.com",
                        "orderedAt",
                        Instant.now().minus(1, ChronoUnit.DAYS).toString(),
                        "currency",
                        "USD",
                        "lines",
                        List.of(Map.of("sku", "NOPE", "quantity", 1, "unitPrice", 5))));
        problem(r, 422, "unknown-sku");
        assertThat(count("select count(*) from customer_order where order_number = ?", t.code() + "-X"))
                .isZero();
    }

    @Test
    void futureDates() {
        Res r = post(
                "/api/orders",
                t.admin(),
                Map.of(
                        "orderNumber",
                        t.code() + "-F",
                        "customerEmail",
                        "a@example.com",
                        "orderedAt",
                        Instant.now().plus(3, ChronoUnit.DAYS).toString(),
                        "currency",
                        "USD",
                        "lines",
                        List.of(Map.of("sku", t.sku("phone"), "quantity", 1, "unitPrice", 5))));
        problem(r, 400, "validation-failed");
        assertThat(r.json().path("errors").get(0).path("field").asString()).isEqualTo("orderedAt");
    }

    @Test
    void payloadsOverOneMegabyteDeclaredOrStreamed() {
        String big = "{\"customerEmail\":\"" + "x".repeat(1_100_000) + "\"}";
        problem(createReturn(big), 413, "payload-too-large");
        Res chunked = send(
                HttpRequest.newBuilder(uri("/api/returns"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big.getBytes()))),
                t.token(Role.CUSTOMER));
        problem(chunked, 413, "payload-too-large");
    }

    @Test
    void staleVersionAndImpossibleMoves() {
        // a return of another tenant is set up so this one still writes nothing
        Tenant other = newTenant();
        String o = placeOrder(other, 3, "shirt", 1);
        String id = post("/api/returns", other.token(Role.CUSTOMER), returnOf(line(o, 1, 1, "SIZE_FIT", "EXCHANGE")))
                .json()
                .path("id")
                .asString();
        Res stale = post(
                "/api/returns/" + id + "/ship",
                other.token(Role.AGENT),
                Map.of("carrier", "UPS", "trackingNumber", "1"),
                "If-Match",
                "\"7\"");
        problem(stale, 409, "stale-version");
        Res impossible =
                post("/api/returns/" + id + "/lost", other.token(Role.AGENT), Map.of("reason", "not shipped yet"));
        problem(impossible, 409, "return-transition-not-allowed");
        Res badTag = post(
                "/api/returns/" + id + "/ship",
                other.token(Role.AGENT),
                Map.of("carrier", "UPS", "trackingNumber", "1"),
                "If-Match",
                "yesterday");
        problem(badTag, 400, "invalid-if-match");
        Res current = get("/api/returns/" + id, other.token(Role.AGENT));
        assertThat(current.json().path("status").asString()).isEqualTo("AUTHORIZED");
        Res fresh = post(
                "/api/returns/" + id + "/ship",
                other.token(Role.AGENT),
                Map.of("carrier", "UPS", "trackingNumber", "1"),
                "If-Match",
                current.header("ETag"));
        assertThat(fresh.status()).isEqualTo(200);
    }

    @Test
    void badQueryParameters() {
        problem(get("/api/returns?status=MISPLACED", t.token(Role.AGENT)), 400, "invalid-parameter");
        problem(get("/api/returns?size=100000", t.token(Role.AGENT)), 400, "validation-failed");
        problem(get("/api/returns/not-a-uuid", t.token(Role.AGENT)), 400, "invalid-parameter");
    }
}
