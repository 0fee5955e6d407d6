package org.retrogistics.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.retrogistics.access.Role;
import org.retrogistics.shared.WebhookSignature;
import org.retrogistics.testing.ApiTestSupport;
import org.springframework.test.context.TestPropertySource;

/**
 * The carrier endpoint takes events signed with our Carrier-Signature scheme and with Standard Webhooks headers alike,
 * both keyed with the carrier's shared secret, and refuses a bad signature in either.
 */
@TestPropertySource(properties = "retrogistics.transport.carrier-secrets.retropost=test-secret")
class CarrierWebhookSchemesIT extends ApiTestSupport {

    private static final String SECRET = "test-secret";

    private HttpRequest.Builder request(String body) {
        return HttpRequest.newBuilder(uri("/api/carrier-events/retropost"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private Res carrierScheme(String body, String secret) {
        long t = Instant.now().getEpochSecond();
        return send(
                request(body).header("Carrier-Signature", "t=" + t + ",v1=" + CarrierSignature.sign(secret, t, body)),
                null);
    }

    private Res standardScheme(String body, String secret, String id, long t) {
        return send(
                request(body)
                        .header("webhook-id", id)
                        .header("webhook-timestamp", Long.toString(t))
                        .header("webhook-signature", WebhookSignature.sign(secret, id, t, body)),
                null);
    }

    private static String event(String id, String tracking, String type, Instant at) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("eventId", id);
        e.put("trackingNumber", tracking);
        e.put("type", type);
        e.put("occurredAt", at.toString());
        return JSON.writeValueAsString(e);
    }

    private String labelledReturn(Tenant t) {
        String order = placeOrder(t, 3, "shirt", 1);
        String id = post("/api/returns", t.token(Role.CUSTOMER), returnOf(line(order, 1, 1, "CHANGED_MIND", "REFUND")))
                .json()
                .path("id")
                .asString();
        return post("/api/returns/" + id + "/label", t.token(Role.CUSTOMER), Map.of())
                .json()
                .path("trackingNumber")
                .asString();
    }

    @Test
    void bothSchemesAreAcceptedAndABadSignatureInEitherIsRefused() {
        Tenant t = newTenant();
        String tracking = labelledReturn(t);
        Instant now = Instant.now();
        long seconds = now.getEpochSecond();
        String picked = event("sw-" + UUID.randomUUID(), tracking, "PICKED_UP", now.minusSeconds(600));

        Res forged = standardScheme(picked, "not-the-secret", "msg_1", seconds);
        assertThat(forged.status()).isEqualTo(401);
        assertThat(forged.problemCode()).isEqualTo("bad-signature");
        Res stale = standardScheme(picked, SECRET, "msg_1", seconds - 3600);
        assertThat(stale.status()).isEqualTo(401);
        assertThat(stale.json().path("detail").asString()).contains("replayed");
        Res noId = send(
                request(picked)
                        .header("webhook-timestamp", Long.toString(seconds))
                        .header("webhook-signature", WebhookSignature.sign(SECRET, "msg_1", seconds, picked)),
                null);
        assertThat(noId.status()).isEqualTo(401);
        Res badLegacy = carrierScheme(picked, "not-the-secret");
        assertThat(badLegacy.status()).isEqualTo(401);
        assertThat(count("select count(*) from carrier_event where tracking_number = ?", tracking))
                .isZero();

        Res standard = standardScheme(picked, SECRET, "msg_1", seconds);
        assertThat(standard.status()).as(standard.body()).isEqualTo(200);
        assertThat(standard.json().path("outcome").asString()).isEqualTo("APPLIED");
        assertThat(standard.json().path("shipmentStatus").asString()).isEqualTo("IN_TRANSIT");

        String delivered = event("cs-" + UUID.randomUUID(), tracking, "DELIVERED", now.minusSeconds(60));
        Res legacy = carrierScheme(delivered, SECRET);
        assertThat(legacy.status()).as(legacy.body()).isEqualTo(200);
        assertThat(legacy.json().path("shipmentStatus").asString()).isEqualTo("DELIVERED");
    }
}
