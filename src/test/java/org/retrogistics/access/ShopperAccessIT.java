package org.retrogistics.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.retrogistics.orders.OrderDraft;
import org.retrogistics.testing.ApiTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * A customer token is bound to one shopper: it sees, creates on and acts on that shopper's orders and returns only,
 * on every endpoint a customer may call; another shopper's return is a 404. Staff are unaffected.
 */
class ShopperAccessIT extends ApiTestSupport {

    private static final String KIM = "kim@example.com";

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** An order of {@code email}'s, delivered three days ago, of one shirt. */
    private String orderOf(Tenant t, String email) {
        String number = t.code() + "-" + UUID.randomUUID().toString().substring(0, 8);
        Instant delivered = Instant.now().minus(Duration.ofDays(3));
        orders.place(
                t.id(),
                new OrderDraft(
                        number,
                        email,
                        "Someone",
                        delivered.minus(Duration.ofDays(2)),
                        delivered,
                        "USD",
                        List.of(new OrderDraft.Line(
                                t.sku("shirt"),
                                2,
                                t.products().get("shirt").unitValue().amount(),
                                false))));
        return number;
    }

    private static Map<String, Object> linesOnly(Object... lines) {
        return Map.of("lines", List.of(lines));
    }

    private String issueCustomerToken(Tenant t, String email) {
        Res issued = post(
                "/api/tokens",
                t.admin(),
                Map.of("name", "shop-" + email, "roles", List.of("CUSTOMER"), "customerEmail", email));
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        return issued.json().path("token").asString();
    }

    @Test
    void aCustomerTokenNamesItsShopperWhenIssuedAndKeepsTheAddressNormalised() {
        Tenant t = newTenant();
        Res unbound = post("/api/tokens", t.admin(), Map.of("name", "shop", "roles", List.of("CUSTOMER")));
        assertThat(unbound.status()).isEqualTo(400);
        assertThat(unbound.problemCode()).isEqualTo("customer-email-required");

        Res mixed = post(
                "/api/tokens",
                t.admin(),
                Map.of("name", "shop", "roles", List.of("CUSTOMER", "AGENT"), "customerEmail", KIM));
        assertThat(mixed.status()).isEqualTo(400);
        assertThat(mixed.problemCode()).isEqualTo("customer-token-single-role");

        Res staffBound =
                post("/api/tokens", t.admin(), Map.of("name", "desk", "roles", List.of("AGENT"), "customerEmail", KIM));
        assertThat(staffBound.status()).isEqualTo(400);
        assertThat(staffBound.problemCode()).isEqualTo("customer-email-not-for-staff");

        Res user = post(
                "/api/users",
                t.admin(),
                Map.of(
                        "username",
                        t.code() + "-shopper",
                        "password",
                        "a-long-enough-password",
                        "displayName",
                        "Shopper",
                        "roles",
                        List.of("CUSTOMER")));
        assertThat(user.status()).isEqualTo(400);
        assertThat(user.problemCode()).isEqualTo("customer-user-not-allowed");

        Res issued = post(
                "/api/tokens",
                t.admin(),
                Map.of("name", "shop", "roles", List.of("CUSTOMER"), "customerEmail", "Kim@Example.COM"));
        assertThat(issued.status()).isEqualTo(201);
        assertThat(issued.json().path("customerEmail").asString()).isEqualTo(KIM);
        assertThat(count(
                        "select count(*) from api_token where client_id = ? and customer_email = ?",
                        t.id().value(),
                        KIM))
                .isEqualTo(1);
    }

    @Test
    void aCustomerCannotAskAboutOrCreateOnAnotherShoppersOrderWithOrWithoutABodyEmail() {
        Tenant t = newTenant();
        String sam = t.token(Role.CUSTOMER); // bound to SHOPPER
        String kims = orderOf(t, KIM);
        Map<String, Object> line = line(kims, 1, 1, "CHANGED_MIND", "REFUND");

        Res without = post("/api/returns", sam, linesOnly(line));
        assertThat(without.status()).isEqualTo(404);
        assertThat(without.problemCode()).isEqualTo("order-not-found");

        Res claimingKim = post("/api/returns", sam, Map.of("customerEmail", KIM, "lines", List.of(line)));
        assertThat(claimingKim.status()).isEqualTo(422);
        assertThat(claimingKim.problemCode()).isEqualTo("customer-email-mismatch");

        Res claimingSelf = post("/api/returns", sam, Map.of("customerEmail", SHOPPER, "lines", List.of(line)));
        assertThat(claimingSelf.status()).isEqualTo(404);

        Res asking = post("/api/returns/eligibility", sam, linesOnly(line));
        assertThat(asking.status()).isEqualTo(404);
        assertThat(asking.problemCode()).isEqualTo("order-not-found");
        assertThat(count("select count(*) from return_request where client_id = ?", t.id().value()))
                .isZero();

        // its own order, with no e-mail in the body: the return is its bound shopper's
        String own = orderOf(t, "Shopper@Example.com");
        Res mine = post("/api/returns", sam, linesOnly(line(own, 1, 1, "CHANGED_MIND", "REFUND")));
        assertThat(mine.status()).as(mine.body()).isEqualTo(201);
        assertThat(mine.json().path("customerEmail").asString()).isEqualTo(SHOPPER);
        assertThat(post("/api/returns/eligibility", sam, linesOnly(line(own, 1, 1, "CHANGED_MIND", "REFUND")))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aCustomerListsGetsAndActsOnItsOwnShoppersReturnsOnlyAndAnothersIsUnknown() {
        Tenant t = newTenant();
        String sam = t.token(Role.CUSTOMER);
        String agent = t.token(Role.AGENT);
        String kim = issueCustomerToken(t, KIM);

        // staff open Kim's return without naming her: the order's customer owns it
        JsonNode kims = post("/api/returns", agent, linesOnly(line(orderOf(t, KIM), 1, 1, "CHANGED_MIND", "REFUND")))
                .json();
        String kimsId = kims.path("id").asString();
        assertThat(kims.path("customerEmail").asString()).isEqualTo(KIM);
        JsonNode sams = post("/api/returns", sam, linesOnly(line(orderOf(t, SHOPPER), 1, 1, "SIZE_FIT", "EXCHANGE")))
                .json();
        String samsId = sams.path("id").asString();

        // list and search
        JsonNode list = get("/api/returns", sam).json();
        assertThat(list.path("content"))
                .extracting(r -> r.path("id").asString())
                .containsExactly(samsId);
        assertThat(get("/api/returns?email=" + KIM, sam).json().path("content")).isEmpty();
        assertThat(get("/api/returns?rma=" + kims.path("rmaNumber").asString(), sam)
                        .json()
                        .path("content"))
                .isEmpty();
        assertThat(get("/api/returns", agent).json().path("content")).hasSize(2);

        // one return, by id or RMA number, and everything hanging from it: 404 as if it did not exist
        for (Res r : List.of(
                get("/api/returns/" + kimsId, sam),
                get("/api/returns/by-rma/" + kims.path("rmaNumber").asString(), sam),
                get("/api/returns/" + kimsId + "/resolutions", sam),
                post("/api/returns/" + kimsId + "/label", sam, Map.of()),
                post("/api/returns/" + kimsId + "/cancel", sam, Map.of("reason", "not mine")))) {
            assertThat(r.status()).as(r.body()).isEqualTo(404);
            assertThat(r.problemCode()).isEqualTo("return-not-found");
        }
        assertThat(get("/api/returns/" + kimsId, agent).json().path("status").asString())
                .isEqualTo("AUTHORIZED");
        assertThat(count("select count(*) from shipment where return_id = ?::uuid", kimsId))
                .isZero();

        // the label Kim has: its tracking and PDF are hers alone
        String tracking = post("/api/returns/" + kimsId + "/label", kim, Map.of())
                .json()
                .path("trackingNumber")
                .asString();
        assertThat(get("/api/shipments/" + tracking, kim).status()).isEqualTo(200);
        Res foreignShipment = get("/api/shipments/" + tracking, sam);
        assertThat(foreignShipment.status()).isEqualTo(404);
        assertThat(foreignShipment.problemCode()).isEqualTo("shipment-not-found");
        assertThat(get("/api/shipments/" + tracking + "/label.pdf", sam).status())
                .isEqualTo(404);
        assertThat(get("/api/shipments/" + tracking, agent).status()).isEqualTo(200);

        // their own: visible, and cancellable by them
        assertThat(get("/api/returns/" + samsId, sam).status()).isEqualTo(200);
        assertThat(get("/api/returns/by-rma/" + sams.path("rmaNumber").asString(), sam)
                        .status())
                .isEqualTo(200);
        assertThat(get("/api/returns/" + samsId + "/resolutions", sam).status()).isEqualTo(200);
        Res cancelled = post("/api/returns/" + samsId + "/cancel", sam, Map.of("reason", "kept it"));
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(cancelled.json().path("status").asString()).isEqualTo("CANCELLED");
        assertThat(get("/api/returns", kim).json().path("content"))
                .extracting(r -> r.path("id").asString())
                .containsExactly(kimsId);

        // staff-only moves stay staff-only for the owner too
        assertThat(post("/api/returns/" + kimsId + "/authorize", kim, Map.of()).status())
                .isEqualTo(403);
    }

    @Test
    void pickupsAreABusinessSitesAndACustomerReadsNone() {
        Tenant t = newTenant();
        Instant start = Instant.now().plus(Duration.ofDays(1));
        Res requested = post(
                "/api/pickups",
                t.token(Role.MANAGER),
                Map.of(
                        "reference",
                        "P-1",
                        "siteName",
                        "Shop 1",
                        "latitude",
                        52.37,
                        "longitude",
                        4.9,
                        "windowStart",
                        start.toString(),
                        "windowEnd",
                        start.plus(Duration.ofHours(4)).toString(),
                        "weightKg",
                        10,
                        "volumeLitres",
                        20));
        assertThat(requested.status()).as(requested.body()).isEqualTo(201);
        String id = requested.json().path("id").asString();
        assertThat(get("/api/pickups/" + id, t.token(Role.CUSTOMER)).status()).isEqualTo(404);
        assertThat(get("/api/pickups/" + id, t.token(Role.AGENT)).status()).isEqualTo(200);
    }

    /**
     * Every API endpoint a customer may call, and where its ownership is checked. A new one fails this test until it
     * is added here with its check (and a case above).
     */
    @Test
    void everyEndpointACustomerMayCallIsHeldToItsShopper() {
        TreeSet<String> customerCallable = new TreeSet<>();
        mappings.getHandlerMethods()
                .forEach((RequestMappingInfo info, org.springframework.web.method.HandlerMethod m) -> {
                    PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(m.getMethod(), PreAuthorize.class);
                    if (rule == null) {
                        rule = AnnotatedElementUtils.findMergedAnnotation(m.getBeanType(), PreAuthorize.class);
                    }
                    boolean open = rule == null || rule.value().contains("CUSTOMER");
                    for (String path : info.getPatternValues()) {
                        if (open && path.startsWith("/api/")) {
                            info.getMethodsCondition()
                                    .getMethods()
                                    .forEach(verb -> customerCallable.add(verb + " " + path));
                        }
                    }
                });
        assertThat(customerCallable)
                .containsExactlyInAnyOrder(
                        // the client's own public facts: no shopper's data
                        "GET /api/client",
                        "GET /api/return-policy",
                        "GET /api/reason-codes",
                        // a carrier signs its events; it holds no token
                        "POST /api/carrier-events/{carrier}",
                        // ReturnManagement: order ownership, the binding decides the e-mail
                        "POST /api/returns",
                        "POST /api/returns/eligibility",
                        // ReturnManagement.search(Actor, ...): the bound shopper's only
                        "GET /api/returns",
                        // ReturnManagement.get/byRma(Actor, ...) and the guard on /api/returns/{id}/**
                        "GET /api/returns/{id}",
                        "GET /api/returns/by-rma/{rmaNumber}",
                        "POST /api/returns/{id}/cancel",
                        "GET /api/returns/{id}/resolutions",
                        "POST /api/returns/{id}/label",
                        // the guard: the shipment's return must be the shopper's
                        "GET /api/shipments/{trackingNumber}",
                        "GET /api/shipments/{trackingNumber}/label.pdf",
                        // a business site's pickups: a customer may ask for one, reads none
                        "POST /api/pickups",
                        "GET /api/pickups/{id}");
    }
}
