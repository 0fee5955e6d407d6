package org.retrogistics.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.retrogistics.access.Role;
import org.retrogistics.orders.OrderDraft;
import org.retrogistics.testing.ApiTestSupport;
import org.retrogistics.web.FormBrowser;
import org.retrogistics.web.TinyThrottle;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The portal finds an order only with its number and the shopper's e-mail, and not by guessing: failed lookups lock
 * the order number (3 failures here, {@link TinyThrottle}). A return's status shows to the bound session or through a
 * signed, expiring link; never through an e-mail in the address. The API's eligibility check tells a customer nothing
 * about another shopper's order.
 */
@TinyThrottle
class PortalLookupIT extends ApiTestSupport {

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

    private String returnOn(Tenant t, String order) {
        return post(
                        "/api/returns",
                        t.token(Role.AGENT),
                        Map.of("lines", List.of(line(order, 1, 1, "SIZE_FIT", "REFUND"))))
                .json()
                .path("rmaNumber")
                .asString();
    }

    @Test
    void guessingTheEmailOfAnOrderLocksItsLookupAndTheRightEmailIsThenRefusedToo() {
        Tenant t = newTenant();
        String order = orderOf(t, KIM);
        String portal = "/portal/" + t.code();
        FormBrowser guesser = new FormBrowser(this::uri);
        guesser.get(portal);
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> miss = guesser.post(
                    portal + "/order", Map.of("orderNumber", order, "email", "guess" + i + "@example.com"));
            assertThat(miss.body()).contains("could not find an order");
        }
        HttpResponse<String> right = guesser.post(portal + "/order", Map.of("orderNumber", order, "email", KIM));
        assertThat(right.statusCode()).isEqualTo(429);
        assertThat(right.headers().firstValue("Retry-After")).isPresent();
        assertThat(right.body())
                .contains("Too many attempts: try again in 1 minute.")
                .doesNotContain("Order " + order);

        // another order is not locked with it; and the lockout ends by itself
        String other = orderOf(t, KIM);
        assertThat(guesser.post(portal + "/order", Map.of("orderNumber", other, "email", KIM))
                        .body())
                .contains("Order " + other);
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> {
                    FormBrowser kim = new FormBrowser(this::uri);
                    kim.get(portal);
                    return kim.post(portal + "/order", Map.of("orderNumber", order, "email", KIM))
                            .body()
                            .contains("Order " + order);
                });
    }

    @Test
    void theStatusPageTakesTheBoundSessionOrASignedLinkAndNoEmail() {
        Tenant t = newTenant();
        String kims = orderOf(t, KIM);
        String rma = returnOn(t, kims);
        String portal = "/portal/" + t.code();

        // the e-mail in the address is not read: nothing shows, not even whether the return exists
        FormBrowser stranger = new FormBrowser(this::uri);
        String withEmail =
                stranger.get(portal + "/status?rma=" + rma + "&email=" + KIM).body();
        assertThat(withEmail).doesNotContain("id=\"rma-number\"").doesNotContain(rma);
        assertThat(withEmail).doesNotContain("name=\"email\"");

        // the signed link shows it to anyone who holds it
        String link = links.statusPath(t.code(), rma);
        assertThat(link).doesNotContain("email").doesNotContain("%40");
        assertThat(new FormBrowser(this::uri).get(link).body())
                .contains("id=\"rma-number\"")
                .contains(rma);

        // a tampered, expired or foreign signature shows nothing about the return
        String otherRma = returnOn(t, orderOf(t, SHOPPER));
        String swapped = link.replace("rma=" + rma, "rma=" + otherRma);
        String expired = new PortalLinks(TinyThrottle.LINK_SECRET, Duration.ofDays(-1), Clock.systemUTC())
                .statusPath(t.code(), rma);
        String foreign =
                new PortalLinks("another-secret", Duration.ofDays(1), Clock.systemUTC()).statusPath(t.code(), rma);
        String longer = link.replaceFirst("exp=\\d+", "exp=" + (Instant.now().getEpochSecond() + 10_000_000L));
        for (String bad : List.of(swapped, expired, foreign, longer)) {
            String body = new FormBrowser(this::uri).get(bad).body();
            assertThat(body)
                    .as(bad)
                    .contains("This link is not valid or has expired")
                    .doesNotContain("id=\"rma-number\"")
                    .doesNotContain("SIZE_FIT");
        }
        // a link for one client opens nothing at another
        Tenant elsewhere = newTenant();
        assertThat(new FormBrowser(this::uri)
                        .get(link.replace("/portal/" + t.code(), "/portal/" + elsewhere.code()))
                        .body())
                .doesNotContain("id=\"rma-number\"");

        // the bound session sees its shopper's return and is given a link to keep
        FormBrowser kim = new FormBrowser(this::uri);
        kim.get(portal);
        kim.post(portal + "/order", Map.of("orderNumber", kims, "email", KIM));
        String bound = kim.get(portal + "/status?rma=" + rma).body();
        assertThat(bound).contains("id=\"rma-number\"").contains("id=\"status-link\"");
        String kept = bound.replaceAll("(?s).*id=\"status-link\" href=\"([^\"]+)\".*", "$1")
                .replace("&amp;", "&");
        assertThat(kept).contains("sig=").doesNotContain("email");
        assertThat(new FormBrowser(this::uri).get(kept).body()).contains("id=\"rma-number\"");
        // ...and not another shopper's
        assertThat(kim.get(portal + "/status?rma=" + otherRma).body()).doesNotContain("id=\"rma-number\"");
    }

    @Test
    void theEligibilityCheckTellsACustomerNothingAboutAnotherShoppersOrder() {
        Tenant t = newTenant();
        String kims = orderOf(t, KIM);
        String sam = t.token(Role.CUSTOMER); // bound to SHOPPER
        Res foreign = post(
                "/api/returns/eligibility", sam, Map.of("lines", List.of(line(kims, 1, 1, "CHANGED_MIND", "REFUND"))));
        String missing = t.code() + "-no-such-order";
        Res unknown = post(
                "/api/returns/eligibility",
                sam,
                Map.of("lines", List.of(line(missing, 1, 1, "CHANGED_MIND", "REFUND"))));
        assertThat(foreign.status()).isEqualTo(404).isEqualTo(unknown.status());
        assertThat(foreign.problemCode()).isEqualTo("order-not-found").isEqualTo(unknown.problemCode());
        // the same answer as for an order that does not exist, but for the number asked about
        assertThat(foreign.bodyWithoutRequestId().replace(kims, "N"))
                .isEqualTo(unknown.bodyWithoutRequestId().replace(missing, "N"));
        assertThat(foreign.body()).doesNotContain(t.sku("shirt")).doesNotContain(KIM);
    }
}
