package org.retrogistics.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.retrogistics.access.Role;
import org.retrogistics.integration.internal.WebhookStore;
import org.retrogistics.testing.ApiTestSupport;
import org.retrogistics.web.FormBrowser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Webhooks end to end: a subscription over the API, a real domain event caused over the API, and a real HTTP
 * receiver started by the test that checks what it gets, signatures included. Retries are shortened to tenths of a
 * second, the read timeout to one second, and a circuit opens after four failures.
 */
@TestPropertySource(
        properties = {
            "retrogistics.integration.webhooks.dispatch=true",
            "retrogistics.integration.webhooks.poll-interval=100ms",
            "retrogistics.integration.webhooks.backoff=100ms,200ms",
            "retrogistics.integration.webhooks.max-attempts=3",
            "retrogistics.integration.webhooks.read-timeout=1s",
            "retrogistics.integration.webhooks.breaker.window=4",
            "retrogistics.integration.webhooks.breaker.minimum-calls=4",
            "retrogistics.integration.webhooks.breaker.open-for=1h"
        })
// closed after the class: its dispatcher must not go on claiming the deliveries other tests make in the shared database
@DirtiesContext
class WebhooksIT extends ApiTestSupport {

    private static final String AUTHORIZED = "return.authorized.v1";

    @Autowired
    WebhookStore store;

    /** The subscription's id and its secret. */
    private record Subscribed(String id, String secret) {}

    private Subscribed subscribe(Tenant t, String url, String... types) {
        Res r = post(
                "/api/integration/webhooks",
                t.token(Role.MANAGER),
                Map.of("url", url, "eventTypes", List.of(types), "description", "test receiver"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return new Subscribed(
                r.json().path("id").asString(), r.json().path("secret").asString());
    }

    /** Creates a return the policy authorizes at once; answers its id. */
    private String authorizedReturn(Tenant t) {
        String order = placeOrder(t, 3, "shirt", 1);
        Res r = post("/api/returns", t.token(Role.CUSTOMER), returnOf(line(order, 1, 1, "CHANGED_MIND", "REFUND")));
        assertThat(r.json().path("status").asString()).isEqualTo("AUTHORIZED");
        return r.json().path("id").asString();
    }

    private JsonNode deliveries(Tenant t, Subscribed s) {
        return get("/api/integration/webhooks/" + s.id() + "/deliveries", t.token(Role.MANAGER))
                .json()
                .path("content");
    }

    private JsonNode delivery(Tenant t, Subscribed s, String id) {
        return get("/api/integration/webhooks/" + s.id() + "/deliveries/" + id, t.admin())
                .json();
    }

    @Test
    void aReturnAuthorizedReachesTheReceiverSignedAndIsLoggedDelivered() {
        Tenant t = newTenant();
        try (WebhookReceiver receiver = WebhookReceiver.answering(204)) {
            Subscribed s = subscribe(t, receiver.url(), AUTHORIZED, "unit.received.v1");
            String returnId = authorizedReturn(t);

            await().atMost(Duration.ofSeconds(20)).until(() -> receiver.calls().size() == 1);
            WebhookReceiver.Call call = receiver.calls().get(0);
            assertThat(WebhookReceiver.signedWith(s.secret(), call)).isTrue();
            assertThat(call.id()).startsWith("msg_");
            assertThat(call.timestamp())
                    .isCloseTo(Instant.now().getEpochSecond(), org.assertj.core.data.Offset.offset(60L));
            JsonNode body = JSON.readTree(call.body());
            assertThat(body.path("type").asString()).isEqualTo(AUTHORIZED);
            assertThat(body.path("timestamp").asString()).isNotBlank();
            assertThat(body.path("data").path("returnId").asString()).isEqualTo(returnId);
            assertThat(body.path("data").path("rmaNumber").asString()).startsWith("RMA");

            await().atMost(Duration.ofSeconds(10))
                    .until(() ->
                            deliveries(t, s).path(0).path("status").asString().equals("DELIVERED"));
            JsonNode d = deliveries(t, s).get(0);
            assertThat(d.path("messageId").asString()).isEqualTo(call.id());
            assertThat(d.path("attempts").asInt()).isEqualTo(1);
            JsonNode log = delivery(t, s, d.path("id").asString()).path("attemptLog");
            assertThat(log).hasSize(1);
            assertThat(log.get(0).path("statusCode").asInt()).isEqualTo(204);
        }
        Tenant other = newTenant();
        authorizedReturn(other);
        assertThat(count(
                        "select count(*) from webhook_delivery where client_id = ?",
                        other.id().value()))
                .as("a client without subscriptions gets no deliveries")
                .isZero();
    }

    @Test
    void aListenerThatRunsAgainWritesNoSecondDelivery() {
        Tenant t = newTenant();
        try (WebhookReceiver receiver = WebhookReceiver.answering(200)) {
            subscribe(t, receiver.url(), AUTHORIZED);
            String message = "msg_" + java.util.UUID.randomUUID().toString().replace("-", "");
            // what a listener writes when the registry runs it again after a crash: the same message id
            assertThat(store.enqueue(t.id().value(), AUTHORIZED, message, "{}")).isEqualTo(1);
            assertThat(store.enqueue(t.id().value(), AUTHORIZED, message, "{}")).isZero();
            assertThat(store.enqueue(t.id().value(), "unit.graded.v1", "msg_other", "{}"))
                    .as("not subscribed to that type")
                    .isZero();
            await().atMost(Duration.ofSeconds(20)).until(() -> receiver.calls().size() == 1);
        }
    }

    @Test
    void aFailedAttemptIsRetriedWithTheSameIdAndThenDelivered() {
        Tenant t = newTenant();
        try (WebhookReceiver receiver = new WebhookReceiver(n -> n == 1 ? 500 : 200)) {
            Subscribed s = subscribe(t, receiver.url(), AUTHORIZED);
            authorizedReturn(t);

            await().atMost(Duration.ofSeconds(20))
                    .until(() ->
                            deliveries(t, s).path(0).path("status").asString().equals("DELIVERED"));
            List<WebhookReceiver.Call> calls = receiver.calls();
            assertThat(calls).hasSize(2);
            assertThat(calls.get(1).id()).isEqualTo(calls.get(0).id());
            assertThat(calls.get(1).body()).isEqualTo(calls.get(0).body());
            assertThat(calls).allMatch(c -> WebhookReceiver.signedWith(s.secret(), c));
            JsonNode log = delivery(t, s, deliveries(t, s).get(0).path("id").asString())
                    .path("attemptLog");
            assertThat(log.findValuesAsString("statusCode")).containsExactly("500", "200");
        }
    }

    @Test
    void aDeliveryThatAlwaysFailsIsDeadAfterItsAttemptsAndAReplaySendsItAgain() {
        Tenant t = newTenant();
        try (WebhookReceiver receiver = WebhookReceiver.answering(500)) {
            Subscribed s = subscribe(t, receiver.url(), AUTHORIZED);
            authorizedReturn(t);

            await().atMost(Duration.ofSeconds(20))
                    .until(() ->
                            deliveries(t, s).path(0).path("status").asString().equals("DEAD"));
            JsonNode dead = deliveries(t, s).get(0);
            assertThat(dead.path("attempts").asInt()).isEqualTo(3);
            assertThat(dead.path("lastStatus").asInt()).isEqualTo(500);
            assertThat(receiver.calls()).hasSize(3);

            receiver.answer(n -> 200);
            Res replay = post(
                    "/api/integration/webhooks/" + s.id() + "/deliveries/"
                            + dead.path("id").asString() + "/replay",
                    t.token(Role.MANAGER),
                    Map.of());
            assertThat(replay.status()).as(replay.body()).isEqualTo(202);
            assertThat(replay.json().path("replayOf").asString())
                    .isEqualTo(dead.path("id").asString());
            await().atMost(Duration.ofSeconds(20)).until(() -> receiver.calls().size() == 4);
            assertThat(receiver.calls().get(3).id())
                    .as("a replay is the same message")
                    .isEqualTo(dead.path("messageId").asString());
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> delivery(t, s, replay.json().path("id").asString())
                            .path("status")
                            .asString()
                            .equals("DELIVERED"));
        }
    }

    @Test
    void aSlowReceiverTimesOutAndIsTriedAgain() {
        Tenant t = newTenant();
        try (WebhookReceiver receiver = WebhookReceiver.answering(200).stallingFirst(1)) {
            Subscribed s = subscribe(t, receiver.url(), AUTHORIZED);
            authorizedReturn(t);

            await().atMost(Duration.ofSeconds(20))
                    .until(() ->
                            deliveries(t, s).path(0).path("status").asString().equals("DELIVERED"));
            JsonNode log = delivery(t, s, deliveries(t, s).get(0).path("id").asString())
                    .path("attemptLog");
            assertThat(log).hasSize(2);
            assertThat(log.get(0).path("statusCode").isNull()).isTrue();
            assertThat(log.get(0).path("error").asString()).containsIgnoringCase("timeout");
            assertThat(log.get(0).path("durationMillis").asLong()).isBetween(900L, 5000L);
            assertThat(log.get(1).path("statusCode").asInt()).isEqualTo(200);
        }
    }

    @Test
    void afterARotationBothSecretsSignUntilTheGraceEnds() {
        Tenant t = newTenant();
        try (WebhookReceiver receiver = WebhookReceiver.answering(200)) {
            Subscribed s = subscribe(t, receiver.url(), AUTHORIZED);
            Res rotated = post("/api/integration/webhooks/" + s.id() + "/rotate-secret", t.token(Role.ADMIN), Map.of());
            assertThat(rotated.status()).as(rotated.body()).isEqualTo(200);
            String fresh = rotated.json().path("secret").asString();
            assertThat(fresh).startsWith("whsec_").isNotEqualTo(s.secret());
            assertThat(rotated.json().path("previousSecretUntil").asString()).isNotBlank();
            authorizedReturn(t);

            await().atMost(Duration.ofSeconds(20)).until(() -> receiver.calls().size() == 1);
            WebhookReceiver.Call call = receiver.calls().get(0);
            assertThat(call.signature().split(" ")).hasSize(2);
            assertThat(WebhookReceiver.signedWith(fresh, call)).isTrue();
            assertThat(WebhookReceiver.signedWith(s.secret(), call)).isTrue();
            assertThat(get("/api/integration/webhooks/" + s.id(), t.admin())
                            .json()
                            .path("secret")
                            .isNull())
                    .as("a secret is shown only when made")
                    .isTrue();
        }
    }

    @Test
    void anOpenCircuitDefersDeliveriesInsteadOfAttemptingThem() {
        Tenant t = newTenant();
        try (WebhookReceiver receiver = WebhookReceiver.answering(503)) {
            Subscribed s = subscribe(t, receiver.url(), AUTHORIZED);
            for (int i = 0; i < 3; i++) {
                authorizedReturn(t);
            }
            // 3 deliveries of 3 attempts each would be 9 calls; the circuit opens after 4 failures
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> count(
                                    """
                                    select count(*) from webhook_delivery
                                    where subscription_id = ?::uuid and status = 'PENDING'
                                      and next_attempt_at > now() + interval '30 minutes'
                                    """,
                                    s.id())
                            >= 1);
            // calls already under way when the fourth failure opened it still go out (four senders)
            assertThat(receiver.calls()).hasSizeBetween(4, 7);
            assertThat(count(
                            "select count(*) from webhook_delivery where subscription_id = ?::uuid and attempts < 3"
                                    + " and status = 'PENDING'",
                            s.id()))
                    .as("deferred, not attempted")
                    .isPositive();
        }
    }

    @Test
    void theConsoleListsDeliveriesAndReplaysOne() {
        Tenant t = newTenant();
        access.createUser(t.id(), t.code() + "-manager", "secret-manager", "Manager", EnumSet.of(Role.MANAGER));
        try (WebhookReceiver receiver = WebhookReceiver.answering(200)) {
            Subscribed s = subscribe(t, receiver.url(), AUTHORIZED);
            authorizedReturn(t);
            await().atMost(Duration.ofSeconds(20))
                    .until(() ->
                            deliveries(t, s).path(0).path("status").asString().equals("DELIVERED"));
            String delivery = deliveries(t, s).get(0).path("id").asString();

            FormBrowser browser = new FormBrowser(this::uri);
            browser.signIn(t.code() + "-manager", "secret-manager");
            HttpResponse<String> page = browser.get("/console/webhooks");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains(receiver.url(), "delivery-" + delivery, "DELIVERED", "HTTP 200");
            HttpResponse<String> replayed =
                    browser.post("/console/webhooks/" + s.id() + "/deliveries/" + delivery + "/replay", Map.of());
            assertThat(replayed.statusCode()).isEqualTo(302);
            await().atMost(Duration.ofSeconds(20)).until(() -> receiver.calls().size() == 2);
            assertThat(browser.get("/console/webhooks").body()).contains("replay");
        }
    }

    @Test
    void subscriptionsAreCheckedScopedToTheClientAndForManagersOnly() {
        Tenant t = newTenant();
        Res http = post(
                "/api/integration/webhooks",
                t.token(Role.MANAGER),
                Map.of("url", "http://hooks.example.com/in", "eventTypes", List.of(AUTHORIZED)));
        assertThat(http.status()).isEqualTo(400);
        assertThat(http.problemCode()).isEqualTo("invalid-webhook-subscription");
        Res unknown = post(
                "/api/integration/webhooks",
                t.token(Role.MANAGER),
                Map.of("url", "https://hooks.example.com/in", "eventTypes", List.of("return.teleported.v1")));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("return.teleported.v1");
        Res agent = post(
                "/api/integration/webhooks",
                t.token(Role.AGENT),
                Map.of("url", "https://hooks.example.com/in", "eventTypes", List.of(AUTHORIZED)));
        assertThat(agent.status()).isEqualTo(403);

        Subscribed s = subscribe(t, "https://hooks.example.com/in", AUTHORIZED);
        Tenant other = newTenant();
        assertThat(get("/api/integration/webhooks/" + s.id(), other.admin()).status())
                .isEqualTo(404);
        assertThat(get("/api/integration/webhooks", other.admin()).json()).isEmpty();
        assertThat(get("/api/integration/event-types", t.admin()).json().findValuesAsString("name"))
                .contains(AUTHORIZED, "unit.graded.v1", "refund.issued.v1");

        Res changed = send(
                HttpRequest.newBuilder(uri("/api/integration/webhooks/" + s.id()))
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(
                                "{\"url\":\"https://hooks.example.com/v2\",\"eventTypes\":[\"unit.graded.v1\"],"
                                        + "\"enabled\":false}")),
                t.admin());
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().path("enabled").asBoolean()).isFalse();
        assertThat(send(
                                HttpRequest.newBuilder(uri("/api/integration/webhooks/" + s.id()))
                                        .DELETE(),
                                t.admin())
                        .status())
                .isEqualTo(204);
        assertThat(get("/api/integration/webhooks/" + s.id(), t.admin()).status())
                .isEqualTo(404);
    }
}
