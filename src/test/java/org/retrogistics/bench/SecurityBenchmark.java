package org.retrogistics.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.retrogistics.access.Role;
import org.retrogistics.testing.ApiTestSupport;
import org.retrogistics.web.FormBrowser;
import org.retrogistics.web.LoopbackSource;
import org.retrogistics.web.LoopbackSource.Raw;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Security figures for docs/security.md, with the default limits, on the real application and database (not part of
 * the test run; bench/security.sh runs it with AuthorizationMatrixIT and TokenRevocationIT, which print the
 * cross-client, role and other-instance figures):
 *
 * <ul>
 *   <li>lookups of an order without the shopper's e-mail (portal lookup with a wrong e-mail, the portal's eligibility
 *       check without a bound session, the status page with an e-mail in the address, the API's eligibility check by
 *       another shopper's token), and how many revealed anything of the order (its products, its SKUs, its return);
 *   <li>failed sign-ins on one account before it is throttled, and failed sign-ins from one address (different
 *       accounts, different tokens) before the address is;
 *   <li>the time from a revoke's answer to the first refusal of the revoked token on this instance.
 * </ul>
 *
 * Each kind of failed sign-in comes from its own loopback address, so the limits do not mix.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"retrogistics.demo.seed=never"}) // the default limits, not the shared tests' address limit
class SecurityBenchmark extends ApiTestSupport {

    private static final int ORDERS = 30;
    private static final int MAX_ATTEMPTS = 200;

    @Test
    void securityFigures() {
        Tenant t = newTenant();
        revokeToRefusal(t);
        signInsBeforeThrottling(t);
        lookupsWithoutTheRightEmail(t);
    }

    private void revokeToRefusal(Tenant t) {
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Res issued = post("/api/tokens", t.admin(), Map.of("name", "bench-" + i, "roles", List.of("AGENT")));
            assertThat(issued.status()).isEqualTo(201);
            String secret = issued.json().path("token").asString();
            String id = issued.json().path("id").asString();
            assertThat(get("/api/client", secret).status()).isEqualTo(200);
            assertThat(post("/api/tokens/" + id + "/revoke", t.admin(), Map.of("reason", "benchmark"))
                            .status())
                    .isEqualTo(200);
            long revoked = System.nanoTime();
            int calls = 0;
            int status;
            // from an address of its own: each refusal is a failed sign-in, which the address limit counts
            do {
                status = LoopbackSource.get("127.0.0.5", port, "/api/client", "Bearer " + secret)
                        .status();
                calls++;
            } while (status == 200 && calls < 10_000);
            micros.add((System.nanoTime() - revoked) / 1_000);
            assertThat(status).isEqualTo(401);
            assertThat(calls).as("the very next call is refused").isEqualTo(1);
        }
        micros.sort(Long::compare);
        System.out.printf(
                "security: revoke to refusal on this instance: %d revokes, next call refused %d of %d times,"
                        + " median %.1f ms, max %.1f ms%n",
                micros.size(),
                micros.size(),
                micros.size(),
                micros.get(micros.size() / 2) / 1000.0,
                micros.get(micros.size() - 1) / 1000.0);
    }

    private void signInsBeforeThrottling(Tenant t) {
        String user = t.code() + "-agent";
        // one account: wrong passwords until the account is throttled, then the right one
        int accountFailures = untilThrottled("127.0.0.2", i -> basic(user, "wrong-" + i));
        int rightPasswordWhileLocked = LoopbackSource.get("127.0.0.2", port, "/api/client", basic(user, "secret-agent"))
                .status();
        // one address: a different unknown user each time
        int addressFailures = untilThrottled("127.0.0.3", i -> basic("nobody-" + i + "-" + t.code(), "wrong"));
        // one address: made-up tokens
        int tokenFailures = untilThrottled("127.0.0.4", i -> "Bearer rtg_guess-" + i + "-" + t.code());
        System.out.printf(
                "security: sign-in attempts before throttling: %d failed on one account (then the right password"
                        + " answered %d), %d failed from one address over different accounts, %d made-up tokens"
                        + " from one address%n",
                accountFailures, rightPasswordWhileLocked, addressFailures, tokenFailures);
        assertThat(accountFailures).isLessThan(MAX_ATTEMPTS);
        assertThat(rightPasswordWhileLocked).isEqualTo(429);
        assertThat(addressFailures).isLessThan(MAX_ATTEMPTS);
        assertThat(tokenFailures).isLessThan(MAX_ATTEMPTS);
    }

    /** Failed attempts answered 401 before the first 429. */
    private int untilThrottled(String source, java.util.function.IntFunction<String> authorization) {
        for (int i = 0; i < MAX_ATTEMPTS; i++) {
            Raw answer = LoopbackSource.get(source, port, "/api/client", authorization.apply(i));
            if (answer.status() == 429) {
                assertThat(answer.header("Retry-After")).isNotBlank();
                return i;
            }
            assertThat(answer.status()).isEqualTo(401);
        }
        return MAX_ATTEMPTS;
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private void lookupsWithoutTheRightEmail(Tenant t) {
        String otherShopper =
                access.issueToken(t.id(), "other-shopper", EnumSet.of(Role.CUSTOMER), "other@example.com");
        String portal = "/portal/" + t.code();
        // the detector can see a reveal: the shopper with the right e-mail is shown the order's products
        String own = placeOrder(t, 3, "phone", 1);
        FormBrowser shopper = new FormBrowser(this::uri);
        shopper.get(portal);
        assertThat(shopper.post(portal + "/order", Map.of("orderNumber", own, "email", SHOPPER))
                        .body())
                .contains(t.sku("phone"));
        int tried = 0;
        int revealed = 0;
        int throttled = 0;
        List<String> leaks = new ArrayList<>();
        for (int i = 0; i < ORDERS; i++) {
            String order = placeOrder(t, 3, "phone", 1, "shirt", 1);
            Res created =
                    post("/api/returns", t.token(Role.CUSTOMER), returnOf(line(order, 1, 1, "DEFECTIVE", "REFUND")));
            assertThat(created.status()).isEqualTo(201);
            String rma = created.json().path("rmaNumber").asString();
            Set<String> secrets = Set.of(t.sku("phone"), t.sku("shirt"), t.sku("phone") + " product", rma);

            FormBrowser stranger = new FormBrowser(this::uri);
            stranger.get(portal);
            List<HttpResponse<String>> answers = List.of(
                    stranger.post(
                            portal + "/order", Map.of("orderNumber", order, "email", "guess" + i + "@example.com")),
                    stranger.post(
                            portal + "/check",
                            Map.of(
                                    "orderNumber", order,
                                    "lines[0].lineNo", "1",
                                    "lines[0].quantity", "1",
                                    "lines[0].reason", "DEFECTIVE",
                                    "lines[0].resolution", "REFUND")),
                    stranger.get(portal + "/status?rma=" + rma + "&email=" + SHOPPER));
            for (HttpResponse<String> answer : answers) {
                tried++;
                throttled += answer.statusCode() == 429 ? 1 : 0;
                if (secrets.stream().anyMatch(answer.body()::contains)) {
                    revealed++;
                    leaks.add(answer.request().method() + " " + answer.uri().getPath());
                }
            }
            Res api =
                    post("/api/returns/eligibility", otherShopper, returnOf(line(order, 1, 1, "DEFECTIVE", "REFUND")));
            tried++;
            if (secrets.stream().anyMatch(api.body()::contains) || api.status() < 400) {
                revealed++;
                leaks.add("POST /api/returns/eligibility " + api.status());
            }
        }
        System.out.printf(
                "security: lookups without the right e-mail: %d tried on %d orders (%d of them throttled), %d revealed"
                        + " anything%n",
                tried, ORDERS, throttled, revealed);
        assertThat(leaks).isEmpty();
    }
}
