package org.retrogistics.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.retrogistics.orders.OrderDraft;
import org.retrogistics.testing.ApiTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The portal session is bound to the shopper who proved an order (number and e-mail): it checks and requests returns
 * on that shopper's orders only, whatever the form posts, and shows their returns only.
 */
class PortalSessionIT extends ApiTestSupport {

    private static final String KIM = "kim@example.com";

    @Autowired
    private PortalLinks links;

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

    private static Map<String, String> returnForm(String order, String email) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("orderNumber", order);
        form.put("email", email); // not read: the session's binding decides
        form.put("lines[0].lineNo", "1");
        form.put("lines[0].quantity", "1");
        form.put("lines[0].reason", "SIZE_FIT");
        form.put("lines[0].resolution", "REFUND");
        return form;
    }

    private long returnsOn(Tenant t, String order) {
        return count(
                "select count(*) from return_line l join return_request r on r.id = l.return_id"
                        + " where r.client_id = ? and l.order_number = ?",
                t.id().value(),
                order);
    }

    @Test
    void aSessionBoundToOneShopperActsOnThatShoppersOrdersOnly() {
        Tenant t = newTenant();
        String mine = orderOf(t, SHOPPER);
        String kims = orderOf(t, KIM);
        String portal = "/portal/" + t.code();
        PortalHttp sam = new PortalHttp(port);
        sam.get(portal);
        HttpResponse<String> found = sam.post(portal + "/order", Map.of("orderNumber", mine, "email", SHOPPER));
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(found.body()).contains("Order " + mine).doesNotContain("name=\"email\"");

        // Kim's order, with Kim's e-mail in the form: unknown to this session, and nothing written
        HttpResponse<String> check = sam.post(portal + "/check", returnForm(kims, KIM));
        assertThat(check.body()).contains("No order " + kims);
        HttpResponse<String> foreign = sam.post(portal + "/returns", returnForm(kims, KIM));
        assertThat(foreign.statusCode()).isEqualTo(404);
        assertThat(returnsOn(t, kims)).isZero();

        // its own order: a return, and its status page without the e-mail in the address
        HttpResponse<String> submitted = sam.post(portal + "/returns", returnForm(mine, KIM));
        assertThat(submitted.statusCode()).isEqualTo(302);
        String location = submitted.headers().firstValue("Location").orElseThrow();
        assertThat(location).contains("/status?rma=RMA-").doesNotContain("email");
        HttpResponse<String> status = sam.get(location.substring(location.indexOf("/portal/")));
        assertThat(status.body()).contains("id=\"rma-number\"").contains("Approved");
        assertThat(count(
                        "select count(*) from return_request where client_id = ? and customer_email = ?",
                        t.id().value(),
                        SHOPPER))
                .isEqualTo(1);

        // Kim's return is not shown to Sam's session, nor to an e-mail in the address; the link sent to Kim shows it
        String kimsRma = post(
                        "/api/returns",
                        t.token(org.retrogistics.access.Role.AGENT),
                        Map.of("lines", List.of(line(kims, 1, 1, "CHANGED_MIND", "REFUND"))))
                .json()
                .path("rmaNumber")
                .asString();
        assertThat(sam.get(portal + "/status?rma=" + kimsRma).body()).contains("could not find return " + kimsRma);
        assertThat(new PortalHttp(port)
                        .get(portal + "/status?rma=" + kimsRma + "&email=" + KIM)
                        .body())
                .doesNotContain("id=\"rma-number\"")
                .doesNotContain(kimsRma);
        assertThat(new PortalHttp(port).get(links.statusPath(t.code(), kimsRma)).body())
                .contains("id=\"rma-number\"");
    }

    @Test
    void aRejectedReturnShowsTheShopperTheAgentsReasonNotTheReviewRule() {
        Tenant t = newTenant();
        String order = placeOrder(t, 3, "laptop", 1);
        var created = post(
                "/api/returns",
                t.token(org.retrogistics.access.Role.CUSTOMER),
                Map.of("lines", List.of(line(order, 1, 1, "CHANGED_MIND", "REFUND"))));
        assertThat(created.json().path("status").asString()).isEqualTo("UNDER_REVIEW");
        String id = created.json().path("id").asString();
        String rma = created.json().path("rmaNumber").asString();
        var rejected = post(
                "/api/returns/" + id + "/reject",
                t.token(org.retrogistics.access.Role.AGENT),
                Map.of("reason", "Opened software bundles cannot be taken back"));
        assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);

        String page = new PortalHttp(port).get(links.statusPath(t.code(), rma)).body();
        assertThat(page)
                .contains("We cannot accept this return: Opened software bundles cannot be taken back")
                .doesNotContain("review threshold");
    }

    @Test
    void aSessionThatProvedNoOrderRequestsNothing() {
        Tenant t = newTenant();
        String mine = orderOf(t, SHOPPER);
        String portal = "/portal/" + t.code();
        PortalHttp stranger = new PortalHttp(port);
        stranger.get(portal);
        HttpResponse<String> wrong = stranger.post(portal + "/order", Map.of("orderNumber", mine, "email", KIM));
        assertThat(wrong.body()).contains("could not find an order");

        HttpResponse<String> check = stranger.post(portal + "/check", returnForm(mine, SHOPPER));
        assertThat(check.body()).contains("Your session has ended");
        HttpResponse<String> submit = stranger.post(portal + "/returns", returnForm(mine, SHOPPER));
        assertThat(submit.body()).contains("Your session has ended");
        assertThat(returnsOn(t, mine)).isZero();
    }
}
