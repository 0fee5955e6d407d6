package org.retrogistics.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.retrogistics.access.Role;
import org.retrogistics.testing.ApiTestSupport;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/** Return labels and signed carrier events over real HTTP. */
@TestPropertySource(properties = "retrogistics.transport.carrier-secrets.retropost=test-secret")
class TransportIT extends ApiTestSupport {

    private static final String SECRET = "test-secret";

    private Res carrierEvent(Map<String, Object> event, String secret, Instant signedAt) {
        String body = JSON.writeValueAsString(event);
        long t = signedAt.getEpochSecond();
        HttpRequest.Builder b = HttpRequest.newBuilder(uri("/api/carrier-events/retropost"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (secret != null) {
            b.header("Carrier-Signature", "t=" + t + ",v1=" + CarrierSignature.sign(secret, t, body));
        }
        return send(b, null);
    }

    private static Map<String, Object> event(String id, String tracking, String type, Instant at) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("eventId", id);
        e.put("trackingNumber", tracking);
        e.put("type", type);
        e.put("occurredAt", at.toString());
        return e;
    }

    private JsonNode authorized(Tenant t, String sku, String reason) {
        String order = placeOrder(t, 3, sku, 1);
        return post("/api/returns", t.token(Role.CUSTOMER), returnOf(line(order, 1, 1, reason, "REFUND")))
                .json();
    }

    @Test
    void aLabelCarriesTheBatteryMarksAndADamagedBatteryNeverFlies() {
        Tenant t = newTenant();
        JsonNode r = authorized(t, "phone", "DEFECTIVE");
        String id = r.path("id").asString();
        Res air = post("/api/returns/" + id + "/label", t.token(Role.CUSTOMER), Map.of("service", "AIR"));
        assertThat(air.status()).isEqualTo(422);
        assertThat(air.problemCode()).isEqualTo("no-air-with-damaged-battery");
        assertThat(count("select count(*) from shipment where return_id = ?::uuid", id))
                .isZero();

        Res label = post("/api/returns/" + id + "/label", t.token(Role.CUSTOMER), Map.of());
        assertThat(label.status()).as(label.body()).isEqualTo(201);
        JsonNode s = label.json();
        assertThat(s.path("service").asString()).isEqualTo("GROUND");
        assertThat(s.path("unNumbers").get(0).asString()).isEqualTo("UN3481");
        assertThat(s.path("damagedBattery").asBoolean()).isTrue();
        assertThat(s.path("trackingNumber").asString()).matches("RP\\d{11}");
        // asking again gives the same label
        assertThat(post("/api/returns/" + id + "/label", t.token(Role.CUSTOMER), Map.of())
                        .json()
                        .path("trackingNumber")
                        .asString())
                .isEqualTo(s.path("trackingNumber").asString());
        Res pdf = get("/api/shipments/" + s.path("trackingNumber").asString() + "/label.pdf", t.token(Role.CUSTOMER));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.body()).startsWith("%PDF");

        JsonNode shirt = authorized(t, "shirt", "CHANGED_MIND");
        Res byAir = post(
                "/api/returns/" + shirt.path("id").asString() + "/label",
                t.token(Role.AGENT),
                Map.of("service", "AIR"));
        assertThat(byAir.json().path("service").asString()).isEqualTo("AIR");
        assertThat(byAir.json().path("unNumbers")).isEmpty();
    }

    @Test
    void signedEventsMoveTheReturnAndReplaysWrongSignaturesAndOldEventsChangeNothing() {
        Tenant t = newTenant();
        JsonNode r = authorized(t, "shirt", "CHANGED_MIND");
        String id = r.path("id").asString();
        String tracking = post("/api/returns/" + id + "/label", t.token(Role.CUSTOMER), Map.of())
                .json()
                .path("trackingNumber")
                .asString();
        Instant now = Instant.now();

        Res unsigned = carrierEvent(event("e-0", tracking, "PICKED_UP", now), null, now);
        assertThat(unsigned.status()).isEqualTo(401);
        assertThat(unsigned.problemCode()).isEqualTo("bad-signature");
        Res forged = carrierEvent(event("e-0", tracking, "PICKED_UP", now), "not-the-secret", now);
        assertThat(forged.status()).isEqualTo(401);
        Res stale = carrierEvent(event("e-0", tracking, "PICKED_UP", now), SECRET, now.minus(1, ChronoUnit.HOURS));
        assertThat(stale.status()).isEqualTo(401);
        assertThat(stale.json().path("detail").asString()).contains("replayed");
        assertThat(count("select count(*) from carrier_event where tracking_number = ?", tracking))
                .isZero();

        Res picked = carrierEvent(event("e-1", tracking, "PICKED_UP", now.minusSeconds(3600)), SECRET, now);
        assertThat(picked.status()).as(picked.body()).isEqualTo(200);
        assertThat(picked.json().path("outcome").asString()).isEqualTo("APPLIED");
        assertThat(get("/api/returns/" + id, t.admin()).json().path("status").asString())
                .isEqualTo("IN_TRANSIT");

        Res again = carrierEvent(event("e-1", tracking, "PICKED_UP", now.minusSeconds(3600)), SECRET, now);
        assertThat(again.json().path("outcome").asString()).isEqualTo("DUPLICATE");

        // delivered arrives before an older in-transit scan: the late one is recorded, not applied
        Res delivered = carrierEvent(event("e-3", tracking, "DELIVERED", now.minusSeconds(60)), SECRET, now);
        assertThat(delivered.json().path("shipmentStatus").asString()).isEqualTo("DELIVERED");
        Res late = carrierEvent(event("e-2", tracking, "IN_TRANSIT", now.minusSeconds(1800)), SECRET, now);
        assertThat(late.json().path("outcome").asString()).isEqualTo("NOT_APPLIED");
        assertThat(late.json().path("detail").asString()).contains("older");

        JsonNode shipment =
                get("/api/shipments/" + tracking, t.token(Role.AGENT)).json();
        assertThat(shipment.path("status").asString()).isEqualTo("DELIVERED");
        assertThat(shipment.path("events").findValuesAsString("eventId")).containsExactly("e-1", "e-2", "e-3");
        String unit = get("/api/returns/" + id + "/units", t.admin())
                .json()
                .get(0)
                .path("id")
                .asString();
        assertThat(get("/api/units/" + unit + "/history", t.admin())
                        .json()
                        .path("custody")
                        .findValuesAsString("note"))
                .anyMatch(n -> n.contains("delivered to") && n.contains("dock scan"));

        Res unknown = carrierEvent(event("e-9", "RP00000000000", "IN_TRANSIT", now), SECRET, now);
        // kept once for an operator, and accepted: it matches nothing of ours
        assertThat(unknown.status()).isEqualTo(202);
        assertThat(unknown.json().path("outcome").asString()).isEqualTo("UNMATCHED");
        assertThat(unknown.json().path("detail").asString()).contains("no shipment");
        Res badType = carrierEvent(event("e-10", tracking, "TELEPORTED", now), SECRET, now);
        assertThat(badType.status()).isEqualTo(400);
    }

    @Test
    void aFailedOutboundDeliveryBecomesAReturnToSenderByItself() {
        Tenant t = newTenant();
        String order = placeOrder(t, null, "shirt", 2);
        Instant now = Instant.now();
        Map<String, Object> failed = event("f-1", "1Z-OUT-1", "DELIVERY_FAILED", now);
        failed.put("clientCode", t.code());
        failed.put("orderNumber", order);
        Res res = carrierEvent(failed, SECRET, now);
        assertThat(res.status()).as(res.body()).isEqualTo(200);
        assertThat(res.json().path("outcome").asString()).isEqualTo("APPLIED");
        String rma = res.json().path("rmaNumber").asString();
        JsonNode r = get("/api/returns/by-rma/" + rma, t.admin()).json();
        assertThat(r.path("kind").asString()).isEqualTo("DELIVERY_FAILURE");
        assertThat(r.path("status").asString()).isEqualTo("IN_TRANSIT");
        assertThat(carrierEvent(failed, SECRET, now).json().path("outcome").asString())
                .isEqualTo("DUPLICATE");
    }
}
