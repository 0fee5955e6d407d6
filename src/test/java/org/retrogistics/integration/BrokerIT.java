package org.retrogistics.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.retrogistics.TcpProxy;
import org.retrogistics.access.Role;
import org.retrogistics.testing.ApiTestSupport;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Events on the real RabbitMQ (127.0.0.1:5672): a business change over the API reaches a queue bound to the events
 * exchange, with its type as routing key, the versioned JSON payload and its event id as message id, which stays the
 * same when the message is published again; while the broker is away (a proxy in front of it cut) messages stay
 * pending, and go out once it is back. The application reaches the broker through the proxy, the test's consumer
 * directly. Skipped where no broker listens.
 */
@TestPropertySource(
        properties = {
            "retrogistics.integration.broker.enabled=true",
            "retrogistics.integration.broker.poll-interval=100ms",
            "retrogistics.integration.broker.retry-cap=500ms",
            "retrogistics.integration.broker.inbound-queue=" + BrokerIT.INBOUND,
            "spring.rabbitmq.host=127.0.0.1",
            "spring.rabbitmq.connection-timeout=1s",
            "spring.rabbitmq.username=guest",
            "spring.rabbitmq.password=guest"
        })
// closed after the class: its publisher must not go on claiming the outbox rows of other broker tests
@DirtiesContext
class BrokerIT extends ApiTestSupport {

    static final String AUTHORIZED = "return.authorized.v1";
    static final String INBOUND = "retrogistics.status-updates.it";

    private static final TcpProxy PROXY = new TcpProxy(BrokerConsumer.PORT);

    @DynamicPropertySource
    static void throughTheProxy(DynamicPropertyRegistry registry) {
        registry.add("spring.rabbitmq.port", PROXY::port);
    }

    @BeforeAll
    static void aBrokerListens() {
        assumeTrue(BrokerConsumer.listening(), "no RabbitMQ on 127.0.0.1:5672");
    }

    @AfterAll
    static void closeTheProxy() {
        PROXY.close();
    }

    /** Creates a return the policy authorizes at once; answers its id. */
    private String authorizedReturn(Tenant t) {
        String order = placeOrder(t, 3, "shirt", 1);
        Res r = post("/api/returns", t.token(Role.CUSTOMER), returnOf(line(order, 1, 1, "CHANGED_MIND", "REFUND")));
        assertThat(r.json().path("status").asString()).isEqualTo("AUTHORIZED");
        return r.json().path("id").asString();
    }

    private static boolean about(Message m, String returnId) {
        return JSON.readTree(BrokerConsumer.body(m))
                .path("data")
                .path("returnId")
                .asString()
                .equals(returnId);
    }

    private String status(String messageId) {
        return jdbc.sql("select status from broker_message where message_id = ?")
                .params(messageId)
                .query(String.class)
                .single();
    }

    @Test
    void aReturnAuthorizedReachesABoundQueueAsVersionedJsonWithItsEventId() {
        try (BrokerConsumer consumer = BrokerConsumer.bound("return.#")) {
            Tenant t = newTenant();
            String returnId = authorizedReturn(t);

            Message m = consumer.next(x -> about(x, returnId), Duration.ofSeconds(30));
            assertThat(m).as("the event on the broker").isNotNull();
            MessageProperties p = m.getMessageProperties();
            assertThat(p.getReceivedRoutingKey()).isEqualTo(AUTHORIZED);
            assertThat(p.getReceivedExchange()).isEqualTo(BrokerConsumer.EXCHANGE);
            assertThat(p.getContentType()).isEqualTo("application/json");
            assertThat(p.getType()).isEqualTo(AUTHORIZED);
            assertThat(p.getMessageId()).startsWith("msg_");
            assertThat((String) p.getHeader("client-id"))
                    .isEqualTo(t.id().value().toString());
            JsonNode body = JSON.readTree(BrokerConsumer.body(m));
            assertThat(body.propertyNames()).containsExactly("id", "type", "timestamp", "data");
            assertThat(body.path("id").asString()).isEqualTo(p.getMessageId());
            assertThat(body.path("type").asString()).isEqualTo(AUTHORIZED);
            assertThat(Instant.parse(body.path("timestamp").asString())).isBefore(Instant.now());
            assertThat(body.path("data").path("rmaNumber").asString()).startsWith("RMA");

            await().atMost(Duration.ofSeconds(10))
                    .until(() -> status(p.getMessageId()).equals("SENT"));
            assertThat(consumer.next(x -> about(x, returnId), Duration.ofSeconds(1)))
                    .as("published once")
                    .isNull();

            // a re-send (a confirm that was lost, a publisher that died before it recorded one) keeps the id
            jdbc.sql("update broker_message set status = 'PENDING', next_attempt_at = now() where message_id = ?")
                    .params(p.getMessageId())
                    .update();
            Message again = consumer.next(x -> about(x, returnId), Duration.ofSeconds(30));
            assertThat(again).isNotNull();
            assertThat(again.getMessageProperties().getMessageId()).isEqualTo(p.getMessageId());
            assertThat(again.getBody()).isEqualTo(m.getBody());
        }
    }

    @Test
    void whileTheBrokerIsAwayMessagesStayPendingAndGoOutOnceItIsBack() {
        try (BrokerConsumer consumer = BrokerConsumer.bound(AUTHORIZED)) {
            PROXY.cut();
            String returnId;
            Tenant t = newTenant();
            try {
                returnId = authorizedReturn(t);
                UUID client = t.id().value();
                await().atMost(Duration.ofSeconds(40))
                        .until(() -> count(
                                        "select count(*) from broker_message where client_id = ? and attempts > 0",
                                        client)
                                > 0);
                assertThat(jdbc.sql("select status, last_error from broker_message where client_id = ?")
                                .params(client)
                                .query((rs, n) -> rs.getString(1) + " " + rs.getString(2))
                                .single())
                        .startsWith("PENDING not published");
                assertThat(consumer.next(x -> about(x, returnId), Duration.ofSeconds(1)))
                        .isNull();
            } finally {
                PROXY.restore();
            }
            Message m = consumer.next(x -> about(x, returnId), Duration.ofSeconds(60));
            assertThat(m).as("published once the broker is back").isNotNull();
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> status(m.getMessageProperties().getMessageId()).equals("SENT"));
        }
    }

    private static Message statusUpdate(Tenant t, String messageId, String status, String tracking) {
        Map<String, Object> u = new LinkedHashMap<>();
        u.put("clientId", t.id().value().toString());
        u.put("status", status);
        u.put("reference", tracking);
        u.put("occurredAt", Instant.now().minusSeconds(60).toString());
        MessageProperties p = new MessageProperties();
        p.setContentType(MessageProperties.CONTENT_TYPE_JSON);
        p.setMessageId(messageId);
        return new Message(JSON.writeValueAsString(u).getBytes(StandardCharsets.UTF_8), p);
    }

    @Test
    void statusUpdatesFromTheQueueTakeEffectOnceEach() {
        Tenant t = newTenant();
        String returnId = authorizedReturn(t);
        String tracking = post("/api/returns/" + returnId + "/label", t.token(Role.CUSTOMER), Map.of())
                .json()
                .path("trackingNumber")
                .asString();
        String shipped = "q-" + UUID.randomUUID();
        try (BrokerConsumer wms = BrokerConsumer.bound("none")) {
            wms.sendToQueue(INBOUND, statusUpdate(t, shipped, "SHIPPED", tracking));
            wms.sendToQueue(INBOUND, statusUpdate(t, shipped, "SHIPPED", tracking));
            // one consumer takes them in order: once the third has taken effect, the second was seen
            wms.sendToQueue(INBOUND, statusUpdate(t, "q-" + UUID.randomUUID(), "DELIVERED", tracking));
        }
        await().atMost(Duration.ofSeconds(60))
                .until(() -> count("select count(*) from inbound_message where client_id = ?", t.id().value()) == 2
                        && count("select count(*) from carrier_event where tracking_number = ?", tracking) == 2);
        assertThat(jdbc.sql("select type from carrier_event where tracking_number = ? order by id")
                        .params(tracking)
                        .query(String.class)
                        .list())
                .containsExactly("PICKED_UP", "DELIVERED");
        assertThat(jdbc.sql("select channel from inbound_message where client_id = ? and message_id = ?")
                        .params(t.id().value(), shipped)
                        .query(String.class)
                        .single())
                .isEqualTo("QUEUE");
        assertThat(get("/api/returns/" + returnId, t.admin())
                        .json()
                        .path("status")
                        .asString())
                .isNotEqualTo("AUTHORIZED");
    }
}
