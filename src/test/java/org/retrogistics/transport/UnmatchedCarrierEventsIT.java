package org.retrogistics.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.retrogistics.testing.ApiTestSupport;
import org.springframework.test.context.TestPropertySource;

/**
 * A carrier event that names no shipment, client or order of ours is kept once for an operator and answered 202, never
 * 500; a failed delivery whose return the returns module refuses is recorded as refused, not lost.
 */
@TestPropertySource(properties = "retrogistics.transport.carrier-secrets.retropost=test-secret")
class UnmatchedCarrierEventsIT extends ApiTestSupport {

    private Res carrierEvent(Map<String, Object> event) {
        String body = JSON.writeValueAsString(event);
        long t = Instant.now().getEpochSecond();
        return send(
                HttpRequest.newBuilder(uri("/api/carrier-events/retropost"))
                        .header("Content-Type", "application/json")
                        .header("Carrier-Signature", "t=" + t + ",v1=" + CarrierSignature.sign("test-secret", t, body))
                        .POST(HttpRequest.BodyPublishers.ofString(body)),
                null);
    }

    private static Map<String, Object> failedDelivery(String id, String clientCode, String orderNumber) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("eventId", id);
        e.put("trackingNumber", "1Z-" + id);
        e.put("type", "DELIVERY_FAILED");
        e.put("occurredAt", Instant.now().minusSeconds(60).toString());
        e.put("clientCode", clientCode);
        e.put("orderNumber", orderNumber);
        e.put("note", "nobody home");
        return e;
    }

    private long unmatched(String eventId) {
        return count(
                "select count(*) from unmatched_carrier_event where carrier = 'retropost' and event_id = ?", eventId);
    }

    @Test
    void aFailedDeliveryForAnUnknownOrderIsKeptOnceAndAccepted() {
        Tenant t = newTenant();
        String id = "unknown-order-" + t.code();
        Map<String, Object> event = failedDelivery(id, t.code(), "NO-SUCH-ORDER");

        Res first = carrierEvent(event);
        assertThat(first.status()).as(first.body()).isEqualTo(202);
        assertThat(first.contentType()).startsWith("application/json");
        assertThat(first.json().path("outcome").asString()).isEqualTo("UNMATCHED");
        assertThat(first.json().path("detail").asString()).contains("recorded", "NO-SUCH-ORDER");

        // the carrier delivers it again: the same answer, one row
        Res again = carrierEvent(event);
        assertThat(again.status()).as(again.body()).isEqualTo(202);
        assertThat(again.json().path("outcome").asString()).isEqualTo("UNMATCHED");
        assertThat(unmatched(id)).isEqualTo(1);
        assertThat(jdbc.sql("select order_number || ' ' || client_code || ' ' || note from unmatched_carrier_event"
                                + " where event_id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("NO-SUCH-ORDER " + t.code() + " nobody home");
        assertThat(count("select count(*) from carrier_event where carrier = 'retropost' and event_id = ?", id))
                .isZero();
    }

    @Test
    void anUnknownClientAndAnUnknownTrackingNumberAreKeptAlike() {
        String client = "no-such-client-" + Instant.now().toEpochMilli();
        Res noClient = carrierEvent(failedDelivery("unknown-client-" + client, client, "ORDER-1"));
        assertThat(noClient.status()).as(noClient.body()).isEqualTo(202);
        assertThat(noClient.json().path("outcome").asString()).isEqualTo("UNMATCHED");

        Map<String, Object> scan = new LinkedHashMap<>();
        scan.put("eventId", "unknown-tracking-" + client);
        scan.put("trackingNumber", "RP-NOWHERE-" + client);
        scan.put("type", "IN_TRANSIT");
        scan.put("occurredAt", Instant.now().minusSeconds(30).toString());
        Res noShipment = carrierEvent(scan);
        assertThat(noShipment.status()).as(noShipment.body()).isEqualTo(202);
        assertThat(noShipment.json().path("detail").asString()).contains("no shipment");
        assertThat(carrierEvent(scan).status()).isEqualTo(202);
        assertThat(unmatched("unknown-tracking-" + client)).isEqualTo(1);
    }

    @Test
    void aFailedDeliveryWhoseReturnIsRefusedIsRecordedNotAFailure() {
        Tenant t = newTenant();
        String order = placeOrder(t, null, "shirt", 1);
        Res first = carrierEvent(failedDelivery("f1-" + t.code(), t.code(), order));
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().path("outcome").asString()).isEqualTo("APPLIED");

        // a second carrier reports the same order: nothing is left to come back, which is a refusal, not a 500
        Res second = carrierEvent(failedDelivery("f2-" + t.code(), t.code(), order));
        assertThat(second.status()).as(second.body()).isEqualTo(200);
        assertThat(second.json().path("outcome").asString()).isEqualTo("REJECTED");
        assertThat(second.json().path("detail").asString()).contains("nothing left");
        assertThat(jdbc.sql("select outcome from carrier_event where carrier = 'retropost' and event_id = ?")
                        .param("f2-" + t.code())
                        .query(String.class)
                        .single())
                .isEqualTo("REJECTED");
        assertThat(count(
                        "select count(*) from return_request where client_id = ? and kind = 'DELIVERY_FAILURE'",
                        t.id().value()))
                .isEqualTo(1);
    }
}
