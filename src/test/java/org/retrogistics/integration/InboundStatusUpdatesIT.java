package org.retrogistics.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.retrogistics.access.Role;
import org.retrogistics.testing.ApiTestSupport;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Status updates from a client's WMS and TMS over the API: each is mapped onto the dock scan or a carrier event, and
 * the same message id twice has one effect; errors are problem+json. The broker is off here, as by default.
 */
class InboundStatusUpdatesIT extends ApiTestSupport {

    private static final String PATH = "/api/integration/status-updates";

    private static Map<String, Object> update(String id, String status, String reference, Instant at) {
        Map<String, Object> u = new LinkedHashMap<>();
        u.put("messageId", id);
        u.put("status", status);
        u.put("reference", reference);
        if (at != null) {
            u.put("occurredAt", at.toString());
        }
        return u;
    }

    /** An authorized return: its id and RMA number. */
    private JsonNode authorizedReturn(Tenant t) {
        String order = placeOrder(t, 3, "shirt", 1);
        return post("/api/returns", t.token(Role.CUSTOMER), returnOf(line(order, 1, 1, "CHANGED_MIND", "REFUND")))
                .json();
    }

    private String label(Tenant t, String returnId) {
        return post("/api/returns/" + returnId + "/label", t.token(Role.CUSTOMER), Map.of())
                .json()
                .path("trackingNumber")
                .asString();
    }

    private String shipmentStatus(Tenant t, String tracking) {
        return get("/api/shipments/" + tracking, t.token(Role.AGENT))
                .json()
                .path("status")
                .asString();
    }

    @Test
    void transportUpdatesMoveTheShipmentOnceEach() {
        Tenant t = newTenant();
        String returnId = authorizedReturn(t).path("id").asString();
        String tracking = label(t, returnId);
        Instant now = Instant.now();
        String shipped = "tms-" + UUID.randomUUID();

        Res first = post(PATH, t.token(Role.WAREHOUSE), update(shipped, "shipped", tracking, now.minusSeconds(600)));
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().path("outcome").asString()).isEqualTo("APPLIED");
        assertThat(first.json().path("duplicate").asBoolean()).isFalse();
        assertThat(shipmentStatus(t, tracking)).isEqualTo("IN_TRANSIT");
        assertThat(get("/api/returns/" + returnId, t.admin())
                        .json()
                        .path("status")
                        .asString())
                .isEqualTo("IN_TRANSIT");

        Res again = post(PATH, t.token(Role.WAREHOUSE), update(shipped, "SHIPPED", tracking, now.minusSeconds(600)));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("duplicate").asBoolean()).isTrue();
        assertThat(again.json().path("outcome").asString()).isEqualTo("APPLIED");
        assertThat(count("select count(*) from carrier_event where tracking_number = ?", tracking))
                .isEqualTo(1);

        Res reused = post(PATH, t.token(Role.WAREHOUSE), update(shipped, "LOST", tracking, now));
        assertThat(reused.status()).isEqualTo(409);
        assertThat(reused.contentType()).startsWith("application/problem+json");
        assertThat(reused.problemCode()).isEqualTo("message-id-reused");

        Res lost = post(PATH, t.token(Role.MANAGER), update("tms-" + UUID.randomUUID(), "LOST", tracking, now));
        assertThat(lost.json().path("outcome").asString()).as(lost.body()).isEqualTo("APPLIED");
        assertThat(shipmentStatus(t, tracking)).isEqualTo("LOST");
        assertThat(get("/api/shipments/" + tracking, t.token(Role.AGENT))
                        .json()
                        .path("events")
                        .findValuesAsString("type"))
                .containsExactly("PICKED_UP", "LOST");
    }

    @Test
    void aWarehouseReceiptIsADockScanTakenOnce() {
        Tenant t = newTenant();
        JsonNode r = authorizedReturn(t);
        String rma = r.path("rmaNumber").asString();
        String id = "wms-" + UUID.randomUUID();

        Res received = post(PATH, t.token(Role.WAREHOUSE), update(id, "RECEIVED", rma, null));
        assertThat(received.status()).as(received.body()).isEqualTo(200);
        assertThat(received.json().path("outcome").asString()).isEqualTo("APPLIED");
        assertThat(count("select count(*) from receipt where client_id = ?", t.id().value()))
                .isEqualTo(1);

        Res again = post(PATH, t.token(Role.WAREHOUSE), update(id, "RECEIVED", rma, null));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("duplicate").asBoolean()).isTrue();
        assertThat(again.json().path("detail").asString())
                .isEqualTo(received.json().path("detail").asString());
        assertThat(count("select count(*) from receipt where client_id = ?", t.id().value()))
                .isEqualTo(1);

        // another message about the same parcel meets the dock's own rule: nothing is waiting any more
        Res other = post(PATH, t.token(Role.WAREHOUSE), update("wms-" + UUID.randomUUID(), "RECEIVED", rma, null));
        assertThat(other.status()).isEqualTo(409);
        assertThat(other.contentType()).startsWith("application/problem+json");
    }

    @Test
    void badUpdatesAndOtherClientsParcelsAreProblems() {
        Tenant t = newTenant();
        Tenant other = newTenant();
        String tracking = label(other, authorizedReturn(other).path("id").asString());
        Instant now = Instant.now();

        Res foreign = post(PATH, t.token(Role.WAREHOUSE), update("m-" + UUID.randomUUID(), "LOST", tracking, now));
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.contentType()).startsWith("application/problem+json");
        assertThat(shipmentStatus(other, tracking)).isEqualTo("LABEL_CREATED");

        Res unknown = post(PATH, t.token(Role.WAREHOUSE), update("m-1", "TELEPORTED", tracking, now));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.problemCode()).isEqualTo("invalid-status-update");
        Res noTime = post(PATH, t.token(Role.WAREHOUSE), update("m-2", "SHIPPED", tracking, null));
        assertThat(noTime.status()).isEqualTo(400);
        assertThat(noTime.json().path("detail").asString()).contains("occurredAt");
        Res noId = post(PATH, t.token(Role.WAREHOUSE), update(" ", "SHIPPED", tracking, now));
        assertThat(noId.status()).isEqualTo(400);
        assertThat(post(PATH, t.token(Role.AGENT), update("m-3", "LOST", tracking, now))
                        .status())
                .isEqualTo(403);
        assertThat(count("select count(*) from inbound_message where client_id = ?", t.id().value()))
                .as("nothing taken, nothing recorded")
                .isZero();
    }

    @Autowired
    ApplicationContext context;

    @Test
    void withTheBrokerOffNothingOfItRunsAndReadinessIsUp() {
        // the default: no exchange, queue, consumer or outbox listener, so nothing ever connects to a broker
        assertThat(context.getBeanNamesForType(TopicExchange.class)).isEmpty();
        assertThat(context.getBeanNamesForType(SimpleMessageListenerContainer.class))
                .isEmpty();
        Tenant t = newTenant();
        authorizedReturn(t);
        assertThat(count("select count(*) from broker_message where client_id = ?", t.id().value()))
                .isZero();
        Res ready = get("/actuator/health/readiness", null);
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.json().path("status").asString()).isEqualTo("UP");
        assertThat(get("/actuator/health", null).body()).doesNotContain("rabbit");
    }
}
