package org.retrogistics.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.retrogistics.access.AccessManagement;
import org.retrogistics.access.Role;
import org.retrogistics.catalog.BatteryChemistry;
import org.retrogistics.catalog.BatteryPacking;
import org.retrogistics.catalog.CatalogManagement;
import org.retrogistics.catalog.ClientFacts;
import org.retrogistics.catalog.ProductDraft;
import org.retrogistics.catalog.ProductFacts;
import org.retrogistics.orders.OrderDraft;
import org.retrogistics.orders.OrderManagement;
import org.retrogistics.returns.MoneyMoment;
import org.retrogistics.returns.PolicyTerms;
import org.retrogistics.returns.Resolution;
import org.retrogistics.returns.ReturnPolicies;
import org.retrogistics.returns.ReturnReason;
import org.retrogistics.shared.ClientId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Base of the end-to-end tests: the real application on a random port, on the real (embedded) PostgreSQL, called over
 * real HTTP. Each test makes its own client (tenant) with unique codes, so tests share one database without meeting.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "retrogistics.demo.seed=never",
            // the tests share one application and one source address (127.0.0.1) and many try wrong credentials on
            // purpose: the address limit is tried in contexts of its own (BruteForceIT, SecurityBenchmark)
            "retrogistics.security.throttle.address-failures=100000",
            "retrogistics.metrics.token=" + ApiTestSupport.METRICS_TOKEN
        })
public abstract class ApiTestSupport {

    /** The operator's scrape token for /actuator/prometheus (ADR 0028). */
    protected static final String METRICS_TOKEN = "test-metrics-token-0123456789abcdef";

    protected static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    protected static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AtomicInteger ORDERS = new AtomicInteger();
    /** The shopper of every order {@link #placeOrder} makes, and the one the tenant's CUSTOMER token acts for. */
    protected static final String SHOPPER = "shopper@example.com";

    @LocalServerPort
    protected int port;

    @Autowired
    protected CatalogManagement catalog;

    @Autowired
    protected AccessManagement access;

    @Autowired
    protected ReturnPolicies policies;

    @Autowired
    protected OrderManagement orders;

    @Autowired
    protected JdbcClient jdbc;

    /** A client made for one test: its tokens per role, its products by short name. */
    protected record Tenant(ClientId id, String code, Map<Role, String> tokens, Map<String, ProductFacts> products) {

        public String token(Role role) {
            return tokens.get(role);
        }

        /** The technician user's sign-in name, the name work orders are assigned to. */
        public String technicianName() {
            return code + "-technician";
        }

        /** The technician user's credentials, to pass where a token goes. */
        public String technician() {
            return basicAuth(technicianName(), "secret-technician");
        }

        public String admin() {
            return tokens.get(Role.ADMIN);
        }

        public String sku(String name) {
            return products.get(name).sku();
        }
    }

    /**
     * A client with a phone (499, 12-month warranty, lithium battery), a shirt (29, apparel), a laptop (1500, over the
     * review threshold) and a gift card (not returnable); policy: 30 days, 15% restocking, review above 1000.
     */
    protected Tenant newTenant() {
        return newTenant("t" + UUID.randomUUID().toString().substring(0, 8));
    }

    /** A tenant under a code the test chose (unique: a client code is registered once). */
    protected Tenant newTenant(String code) {
        ClientFacts client = catalog.registerClient(code, "Test client " + code, "USD");
        ClientId id = client.clientId();
        Map<Role, String> tokens = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            // the customer token acts for the shopper every placeOrder order belongs to
            String shopper = role == Role.CUSTOMER ? SHOPPER : null;
            tokens.put(role, access.issueToken(id, role.name().toLowerCase(), EnumSet.of(role), shopper));
        }
        access.createUser(id, code + "-agent", "secret-agent", "Agent", EnumSet.of(Role.AGENT));
        access.createUser(id, code + "-warehouse", "secret-warehouse", "Warehouse", EnumSet.of(Role.WAREHOUSE));
        // work orders go to people: the technician is a user, who calls the API with Basic (see technician())
        access.createUser(id, code + "-technician", "secret-technician", "Technician", EnumSet.of(Role.TECHNICIAN));
        Map<String, ProductFacts> products = new LinkedHashMap<>();
        products.put(
                "phone", catalog.addProduct(id, product(code + "-PHONE", "electronics", "499.00", true, 12, true)));
        products.put("shirt", catalog.addProduct(id, product(code + "-SHIRT", "apparel", "29.00", true, 0, false)));
        products.put(
                "laptop", catalog.addProduct(id, product(code + "-LAPTOP", "electronics", "1500.00", true, 24, true)));
        products.put("card", catalog.addProduct(id, product(code + "-CARD", "gift-cards", "50.00", false, 0, false)));
        policies.publish(
                id,
                new PolicyTerms(
                        30,
                        14,
                        Set.of("digital"),
                        new BigDecimal("15.00"),
                        Set.of(ReturnReason.ARRIVED_LATE),
                        EnumSet.of(Resolution.REFUND, Resolution.EXCHANGE, Resolution.STORE_CREDIT, Resolution.REPAIR),
                        MoneyMoment.AFTER_INSPECTION,
                        new BigDecimal("1000.00"),
                        true,
                        null,
                        null,
                        null,
                        null));
        return new Tenant(id, code, tokens, products);
    }

    private static ProductDraft product(
            String sku, String category, String price, boolean returnable, int warranty, boolean battery) {
        return new ProductDraft(
                sku,
                null,
                sku + " product",
                "Test",
                category,
                null,
                300,
                new BigDecimal(price),
                "USD",
                returnable,
                warranty,
                battery,
                battery,
                battery
                        ? new ProductDraft.Battery(
                                BatteryChemistry.LITHIUM_ION,
                                new BigDecimal("15"),
                                BatteryPacking.CONTAINED_IN_EQUIPMENT)
                        : null,
                null,
                null);
    }

    /** Places an order delivered {@code deliveredDaysAgo} days ago (null: not delivered); lines as sku, quantity pairs. */
    protected String placeOrder(Tenant t, Integer deliveredDaysAgo, Object... skuAndQuantity) {
        String number = t.code() + "-ORD-" + ORDERS.incrementAndGet();
        List<OrderDraft.Line> lines = new ArrayList<>();
        for (int i = 0; i < skuAndQuantity.length; i += 2) {
            String name = (String) skuAndQuantity[i];
            ProductFacts p = t.products().get(name);
            lines.add(new OrderDraft.Line(
                    p.sku(), (Integer) skuAndQuantity[i + 1], p.unitValue().amount(), false));
        }
        Instant delivered = deliveredDaysAgo == null ? null : Instant.now().minus(Duration.ofDays(deliveredDaysAgo));
        Instant ordered = (delivered == null ? Instant.now() : delivered).minus(Duration.ofDays(2));
        orders.place(
                t.id(), new OrderDraft(number, "shopper@example.com", "Sam Shopper", ordered, delivered, "USD", lines));
        return number;
    }

    /** A return line as the API takes it. */
    protected static Map<String, Object> line(
            String orderNumber, int lineNo, int quantity, String reason, String resolution) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("orderNumber", orderNumber);
        m.put("lineNo", lineNo);
        m.put("quantity", quantity);
        m.put("reason", reason);
        m.put("resolution", resolution);
        return m;
    }

    protected static Map<String, Object> returnOf(Object... lines) {
        return Map.of("customerEmail", "shopper@example.com", "lines", List.of(lines));
    }

    /**
     * A return of one {@code product} for {@code reason}, authorized, scanned at the dock and queued for inspection
     * (the queue is filled by an event: this waits for it). Answers the unit's id.
     */
    protected String receivedUnit(Tenant t, String product, String reason) {
        return receivedUnit(t, product, reason, "REFUND");
    }

    /**
     * The same, with the resolution the customer asks for: an exchange moves no money by itself, where a refund is paid
     * at the policy's step (after inspection for the test tenant) and lands on the unit's recovery ledger.
     */
    protected String receivedUnit(Tenant t, String product, String reason, String resolution) {
        String wh = t.token(Role.WAREHOUSE);
        String order = placeOrder(t, 3, product, 1);
        JsonNode r = post("/api/returns", t.token(Role.CUSTOMER), returnOf(line(order, 1, 1, reason, resolution)))
                .json();
        if (r.path("status").asString().equals("UNDER_REVIEW")) {
            post("/api/returns/" + r.path("id").asString() + "/authorize", t.token(Role.AGENT), Map.of());
        }
        Res scan = post(
                "/api/receiving/scans", wh, Map.of("code", r.path("rmaNumber").asString()));
        if (scan.status() != 201) {
            throw new AssertionError("dock scan refused: " + scan.body());
        }
        String unitId = get("/api/returns/" + r.path("id").asString() + "/units", wh)
                .json()
                .get(0)
                .path("id")
                .asString();
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> count("select count(*) from inspection_task where unit_id = ?::uuid", unitId) == 1);
        return unitId;
    }

    /** Answers to the default functional-test checklist (the phone's): the screen test and the cosmetic grades. */
    protected static Map<String, Object> phoneAnswers(String screen, String housing, String glass) {
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("powers-on", "pass");
        answers.put("screen", screen);
        answers.put("buttons-ports", "pass");
        answers.put("battery-health", "91");
        answers.put("liquid-damage", "no");
        answers.put("housing", housing);
        answers.put("display-glass", glass);
        return answers;
    }

    /** Records an inspection, which must be accepted. */
    protected Res inspect(Tenant t, String unitId, Map<String, ?> answers, String batteryState) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("answers", answers);
        if (batteryState != null) {
            body.put("batteryState", batteryState);
        }
        Res graded = post("/api/units/" + unitId + "/inspections", t.token(Role.WAREHOUSE), body);
        if (graded.status() != 201) {
            throw new AssertionError("inspection refused: " + graded.body());
        }
        return graded;
    }

    /**
     * Does every open work order of the unit as its technician (qualified for every family first): assigned, started,
     * its required tests passed, completed at F1/B.
     */
    protected void finishWorkOn(Tenant t, String unitId) {
        String tech = t.technician();
        Res qualified = send(
                HttpRequest.newBuilder(uri("/api/technicians/" + t.technicianName() + "/qualifications"))
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString("{\"families\":[\"*\"]}")),
                t.token(Role.MANAGER));
        if (qualified.status() != 200) {
            throw new AssertionError("qualifications refused: " + qualified.body());
        }
        for (JsonNode o :
                get("/api/work-orders?size=500", t.token(Role.MANAGER)).json().path("content")) {
            if (!o.path("unitId").asString().equals(unitId)
                    || !o.path("status").asString().equals("OPEN")) {
                continue;
            }
            String id = o.path("id").asString();
            post("/api/work-orders/" + id + "/assign", tech, Map.of("technician", t.technicianName()));
            post("/api/work-orders/" + id + "/start", tech, Map.of());
            o.path("requiredTests")
                    .forEach(test -> post(
                            "/api/work-orders/" + id + "/tests",
                            tech,
                            Map.of("name", test.asString(), "passed", true)));
            Res done = post(
                    "/api/work-orders/" + id + "/complete",
                    tech,
                    Map.of("functionalGrade", "F1", "cosmeticGrade", "B"));
            if (done.status() != 200) {
                throw new AssertionError("work order not completed: " + done.body());
            }
        }
    }

    /** An HTTP answer. */
    protected record Res(int status, HttpResponse<String> raw) {

        Res withStatus() {
            return new Res(raw.statusCode(), raw);
        }

        public JsonNode json() {
            return JSON.readTree(raw.body());
        }

        public String body() {
            return raw.body();
        }

        /** The body without the request id a problem carries (it differs on every request by design). */
        public String bodyWithoutRequestId() {
            return raw.body().replaceAll(",?\"requestId\":\"[^\"]*\"", "");
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }

        public String problemCode() {
            return json().path("code").asString();
        }
    }

    protected Res get(String path, String token) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), token);
    }

    protected Res post(String path, String token, Object body, String... headers) {
        String text = body instanceof String s ? s : JSON.writeValueAsString(body);
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(text));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return send(b, token);
    }

    protected URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** User credentials to pass where a token goes: sent as they are, not as a bearer token. */
    protected static String basicAuth(String username, String password) {
        return "Basic "
                + java.util.Base64.getEncoder()
                        .encodeToString((username + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    protected Res send(HttpRequest.Builder b, String token) {
        if (token != null) {
            b.header("Authorization", token.startsWith("Basic ") ? token : "Bearer " + token);
        }
        try {
            return new Res(
                            0,
                            HTTP.send(b.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString()))
                    .withStatus();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    protected long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
