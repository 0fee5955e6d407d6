package org.retrogistics.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.retrogistics.testing.ApiTestSupport;

/** Who may do what: unauthenticated, wrong token, and each role kept to its own work. */
class SecurityIT extends ApiTestSupport {

    @Test
    void theApiNeedsCredentialsAndSaysSoInProblemJson() {
        Res none = get("/api/returns", null);
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.contentType()).startsWith("application/problem+json");
        assertThat(none.problemCode()).isEqualTo("unauthenticated");
        Res wrong = get("/api/returns", "rtg_not-a-real-token");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.problemCode()).isEqualTo("invalid-token");
    }

    @Test
    void usersSignInWithBasicAndTokensWithBearer() {
        Tenant t = newTenant();
        String basic = Base64.getEncoder().encodeToString((t.code() + "-agent:secret-agent").getBytes());
        Res ok = send(
                HttpRequest.newBuilder(uri("/api/client"))
                        .header("Authorization", "Basic " + basic)
                        .GET(),
                null);
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.json().path("roles").get(0).asString()).isEqualTo("AGENT");
        String wrong = Base64.getEncoder().encodeToString((t.code() + "-agent:nope").getBytes());
        assertThat(send(
                                HttpRequest.newBuilder(uri("/api/client"))
                                        .header("Authorization", "Basic " + wrong)
                                        .GET(),
                                null)
                        .status())
                .isEqualTo(401);
    }

    @Test
    void eachRoleDoesItsWorkAndNothingElse() {
        Tenant t = newTenant();
        String order = placeOrder(t, 3, "laptop", 1, "shirt", 1);
        Res review =
                post("/api/returns", t.token(Role.CUSTOMER), returnOf(line(order, 1, 1, "CHANGED_MIND", "REFUND")));
        String id = review.json().path("id").asString();

        Res warehouseAuthorizes = post("/api/returns/" + id + "/authorize", t.token(Role.WAREHOUSE), Map.of());
        assertThat(warehouseAuthorizes.status()).isEqualTo(403);
        assertThat(warehouseAuthorizes.problemCode()).isEqualTo("forbidden");
        // a customer lists its own shopper's returns only (ShopperAccessIT)
        assertThat(get("/api/returns", t.token(Role.CUSTOMER)).status()).isEqualTo(200);
        assertThat(post("/api/returns", t.token(Role.TECHNICIAN), returnOf(line(order, 2, 1, "SIZE_FIT", "EXCHANGE")))
                        .status())
                .isEqualTo(403);
        // valid bodies: Spring validates the body before the method's role check runs
        Map<String, Object> product = Map.of(
                "sku",
                "NEW-1",
                "name",
                "New",
                "category",
                "electronics",
                "weightGrams",
                1,
                "unitValue",
                1,
                "currency",
                "USD");
        assertThat(post("/api/products", t.token(Role.AGENT), product).status()).isEqualTo(403);
        assertThat(post("/api/products", t.token(Role.MANAGER), product).status())
                .isEqualTo(201);
        Map<String, Object> terms = Map.of(
                "windowDays",
                10,
                "shipWithinDays",
                5,
                "offeredResolutions",
                java.util.List.of("REFUND"),
                "moneyMoves",
                "ON_RECEIPT");
        assertThat(post("/api/return-policy", t.token(Role.AGENT), terms).status())
                .isEqualTo(403);

        assertThat(post("/api/tokens", t.token(Role.MANAGER), Map.of("name", "x", "roles", java.util.List.of("ADMIN")))
                        .status())
                .as("only an administrator issues tokens")
                .isEqualTo(403);
        assertThat(post("/api/returns/" + id + "/authorize", t.token(Role.AGENT), Map.of())
                        .status())
                .isEqualTo(200);
        Res receipt =
                post("/api/returns/" + id + "/receipts", t.token(Role.WAREHOUSE), Map.of("lineNo", 1, "quantity", 1));
        assertThat(receipt.status()).isEqualTo(200);
        assertThat(post("/api/returns/" + id + "/receipts", t.token(Role.AGENT), Map.of("lineNo", 1, "quantity", 1))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void theConsoleIsBehindASignInAndThePortalIsOpen() throws Exception {
        HttpClient noRedirects = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        HttpResponse<String> console = noRedirects.send(
                HttpRequest.newBuilder(uri("/console")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(console.statusCode()).isEqualTo(302);
        assertThat(console.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        Tenant t = newTenant();
        assertThat(get("/portal/" + t.code(), null).status()).isEqualTo(200);
        assertThat(get("/portal/no-such-shop", null).status()).isEqualTo(404);
        assertThat(get("/v3/api-docs", null).body()).contains("/api/returns");
    }
}
