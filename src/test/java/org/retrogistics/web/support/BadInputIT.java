package org.retrogistics.web.support;

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
import org.retrogistics.testing.ApiTestSupport;

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

    private static List<String> fields(Res r) {
        List<String> fields = new java.util.ArrayList<>();
        r.json().path("errors").forEach(e -> {
            assertThat(e.path("message").asString()).as(e.toString()).isNotBlank();
            assertThat(e.path("code").asString()).as(e.toString()).matches("[a-z0-9-]+");
            fields.add(e.path("field").asString());
        });
        return fields;
    }

    private static String codeOf(Res r, String field) {
        for (var e : r.json().path("errors")) {
            if (e.path("field").asString().equals(field)) {
                return e.path("code").asString();
            }
        }
        throw new AssertionError("no error for " + field + " in " + r.body());
    }

    @Test
    void everyFieldErrorOfABodyInOneAnswer() {
        Map<String, Object> badLine = new java.util.LinkedHashMap<>();
        badLine.put("sku", "");
        badLine.put("quantity", 0);
        badLine.put("unitPrice", -1);
        Res order = post(
                "/api/orders",
                t.admin(),
                Map.of(
                        "orderNumber", "",
                        "customerEmail", "not-an-email",
                        "currency", "XYZ",
                        "lines", List.of(badLine, Map.of("sku", "A", "quantity", 1))));
        problem(order, 400, "validation-failed");
        assertThat(fields(order))
                .contains(
                        "orderNumber",
                        "customerEmail",
                        "currency",
                        "orderedAt",
                        "lines[0].sku",
                        "lines[0].quantity",
                        "lines[0].unitPrice",
                        "lines[1].unitPrice");
        assertThat(codeOf(order, "orderedAt")).isEqualTo("not-null");
        assertThat(codeOf(order, "currency")).isEqualTo("currency-code");
        assertThat(codeOf(order, "lines[0].quantity")).isEqualTo("positive");

        // a pickup and a vehicle: every missing field named, not the first one only
        Res pickup = post("/api/pickups", t.admin(), Map.of("reference", "P-1"));
        problem(pickup, 400, "validation-failed");
        assertThat(fields(pickup))
                .contains("siteName", "latitude", "longitude", "windowStart", "windowEnd", "weightKg", "volumeLitres");
        Res vehicle = post("/api/vehicles", t.admin(), Map.of());
        problem(vehicle, 400, "validation-failed");
        assertThat(fields(vehicle))
                .contains("code", "capacityKg", "capacityLitres", "shiftStart", "shiftEnd", "depotLat", "depotLon");

        // a constrained path variable and body together: each by the name the client knows it by
        Res debit = post("/api/store-credit/" + "x".repeat(300) + "/debits", t.admin(), Map.of("amount", "0"));
        problem(debit, 400, "validation-failed");
        assertThat(fields(debit)).contains("email", "amount");
        assertThat(count("select count(*) from customer_order where client_id = ?", t.id().value()))
                .isEqualTo(1);
    }

    @Test
    void nullElementsInArraysAreRefusedByPath() {
        Map<String, String> bodies = new java.util.LinkedHashMap<>();
        bodies.put("/api/orders/bulk", "{\"orders\":[null]}");
        bodies.put("/api/products/bulk", "{\"products\":[null]}");
        bodies.put("/api/recyclers", "{\"code\":\"R1\",\"name\":\"R\",\"certifications\":[null]}");
        bodies.put(
                "/api/pickups",
                "{\"reference\":\"P\",\"siteName\":\"S\",\"latitude\":1,\"longitude\":1,"
                        + "\"windowStart\":\"2030-01-01T08:00:00Z\",\"windowEnd\":\"2030-01-01T10:00:00Z\","
                        + "\"weightKg\":1,\"volumeLitres\":1,\"items\":[null]}");
        bodies.put(
                "/api/return-policy",
                "{\"windowDays\":30,\"shipWithinDays\":14,\"offeredResolutions\":[\"REFUND\"],"
                        + "\"moneyMoves\":\"ON_RECEIPT\",\"nonReturnableCategories\":[null]}");
        bodies.put("/api/returns", "{\"customerEmail\":\"a@example.com\",\"lines\":[null]}");
        Map<String, String> paths = Map.of(
                "/api/orders/bulk", "orders[0]",
                "/api/products/bulk", "products[0]",
                "/api/recyclers", "certifications[0]",
                "/api/pickups", "items[0]",
                "/api/return-policy", "nonReturnableCategories[0]",
                "/api/returns", "lines[0]");
        long policies = count("select count(*) from return_policy where client_id = ?", t.id().value());
        bodies.forEach((path, body) -> {
            Res r = post(path, t.admin(), body);
            problem(r, 400, "malformed-request");
            assertThat(codeOf(r, paths.get(path))).as(path).isEqualTo("null-not-allowed");
        });
        assertThat(count("select count(*) from return_policy where client_id = ?", t.id().value()))
                .isEqualTo(policies);
    }

    @Test
    void aCurrencyThatIsNoIsoCodeIsRefused() {
        for (String currency : List.of("XYZ", "usd", "EURO")) {
            Res r = post(
                    "/api/store-credit/a@example.com/debits",
                    t.admin(),
                    Map.of("amount", "1.00", "currency", currency));
            problem(r, 400, "validation-failed");
            assertThat(codeOf(r, "currency")).isEqualTo("currency-code");
        }
    }

    @Test
    void pagesBeyondTheLastServedAreRefusedOnEveryList() {
        String anyId = java.util.UUID.randomUUID().toString();
        List<String> lists = List.of(
                "/api/products",
                "/api/orders",
                "/api/returns",
                "/api/recalls",
                "/api/recalls/" + anyId + "/units",
                "/api/recycling/batches",
                "/api/refunds",
                "/api/listings",
                "/api/lots",
                "/api/lots/" + anyId + "/units",
                "/api/legs",
                "/api/work-orders");
        for (String list : lists) {
            for (String page : List.of("2147483647", "10001", "99999999999")) {
                Res r = get(list + "?page=" + page, t.admin());
                assertThat(r.status()).as(list + " " + r.body()).isEqualTo(400);
                assertThat(r.contentType()).startsWith("application/problem+json");
                assertThat(r.problemCode()).as(list).isIn("page-out-of-range");
            }
            assertThat(get(list + "?page=10000", t.admin()).status()).as(list).isIn(200, 404);
        }
    }

    @Test
    void wrongJsonTypesAreRefusedNotCoerced() {
        String sku = t.sku("phone");
        Map<String, String> cases = new java.util.LinkedHashMap<>();
        cases.put("lines[0].quantity", "{\"orderNumber\":\"" + t.code() + "-S1\",\"quantity\":1.5}");
        cases.put("orderNumber", "{\"orderNumber\":true}");
        cases.put("customerEmail", "{\"customerEmail\":42}");
        cases.put("lines[0].finalSale", "{\"finalSale\":1}");
        cases.put("lines[0].unitPrice", "{\"unitPrice\":false}");
        cases.forEach((field, patch) -> {
            Map<String, Object> line = new java.util.LinkedHashMap<>();
            line.put("sku", sku);
            line.put("quantity", 1);
            line.put("unitPrice", 5);
            Map<String, Object> order = new java.util.LinkedHashMap<>();
            order.put("orderNumber", t.code() + "-S");
            order.put("customerEmail", "a@example.com");
            order.put("orderedAt", Instant.now().minus(1, ChronoUnit.DAYS).toString());
            order.put("currency", "USD");
            order.put("lines", List.of(line));
            Map<String, Object> values = JSON.readValue(patch, Map.class);
            values.forEach((k, v) -> {
                if (field.startsWith("lines[0].")) {
                    line.put(k, v);
                } else {
                    order.put(k, v);
                }
            });
            Res r = post("/api/orders", t.admin(), order);
            problem(r, 400, "malformed-request");
            assertThat(codeOf(r, field)).as(r.body()).isEqualTo("wrong-type");
            assertThat(r.json().path("detail").asString()).startsWith(field + ":");
        });
        // an enum given as its number, not its name
        Res reason = createReturn("{\"lines\":[{\"orderNumber\":\"" + order
                + "\",\"lineNo\":1,\"quantity\":1,\"reason\":2,\"resolution\":\"REPAIR\"}]}");
        problem(reason, 400, "malformed-request");
        assertThat(fields(reason)).containsExactly("lines[0].reason");
        assertThat(count("select count(*) from customer_order where client_id = ?", t.id().value()))
                .isEqualTo(1);
    }

    @Test
    void nulCharactersAreRefusedBeforeAnythingIsWritten() {
        Res body = post(
                "/api/orders",
                t.admin(),
                "{\"orderNumber\":\"A\\u0000B\",\"customerEmail\":\"a@example.com\",\"orderedAt\":\""
                        + Instant.now().minus(1, ChronoUnit.DAYS) + "\",\"currency\":\"USD\",\"lines\":[{\"sku\":\""
                        + t.sku("phone") + "\",\"quantity\":1,\"unitPrice\":5,\"serial\":\"S\\u0000\"}]}");
        problem(body, 400, "invalid-character");
        assertThat(codeOf(body, "orderNumber")).isEqualTo("invalid-character");
        Res note = post(
                "/api/products",
                t.admin(),
                Map.of(
                        "sku", "X\u0000",
                        "name", "X",
                        "category", "electronics",
                        "weightGrams", 100,
                        "unitValue", 10,
                        "currency", "USD"));
        problem(note, 400, "invalid-character");
        problem(get("/api/orders?number=A%00B", t.admin()), 400, "invalid-character");
        assertThat(count("select count(*) from customer_order where client_id = ?", t.id().value()))
                .isEqualTo(1);
    }

    @Test
    void everyApiErrorIsProblemJsonPagesKeepHtml() {
        Res unsupported = send(
                HttpRequest.newBuilder(uri("/api/orders"))
                        .header("Content-Type", "text/plain")
                        .POST(HttpRequest.BodyPublishers.ofString("x")),
                t.admin());
        problem(unsupported, 415, "unsupported-media-type");
        Res unknown = get("/api/nothing-here", t.admin());
        problem(unknown, 404, "not-found");
        Res unknownAsBrowser = send(
                HttpRequest.newBuilder(uri("/api/nothing-here"))
                        .header("Accept", "text/html")
                        .GET(),
                t.admin());
        problem(unknownAsBrowser, 404, "not-found");
        Res method = send(HttpRequest.newBuilder(uri("/api/orders")).DELETE(), t.admin());
        problem(method, 405, "method-not-allowed");
        Res xml = send(
                HttpRequest.newBuilder(uri("/api/orders"))
                        .header("Accept", "application/xml")
                        .GET(),
                t.admin());
        assertThat(xml.status()).isEqualTo(406);
        assertThat(xml.contentType()).startsWith("application/problem+json");
        // pages keep their own answers: the sign-in page for a stranger, never problem+json
        Res page = send(
                HttpRequest.newBuilder(uri("/nothing-here"))
                        .header("Accept", "text/html")
                        .GET(),
                null);
        assertThat(page.status()).isIn(302, 404);
        assertThat(String.valueOf(page.contentType())).doesNotContain("problem+json");
    }
}
