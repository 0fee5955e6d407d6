package org.retrogistics.integration.internal;

import jakarta.annotation.PreDestroy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.retrogistics.integration.IntegrationSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.AmqpException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Publishes the broker's outbox (ADR 0029): claims due messages, publishes each to the topic exchange with its type as
 * routing key, and waits for the broker's publisher confirms (correlated); a message is SENT only once confirmed, and
 * one refused, unconfirmed in time or not published (the broker away) is due again after a doubling wait. Runs on a
 * thread of its own, so a broker that does not answer holds no thread of the application's scheduler.
 */
@Component
@ConditionalOnBooleanProperty("retrogistics.integration.broker.enabled")
class BrokerPublisher {

    private static final Logger log = LoggerFactory.getLogger(BrokerPublisher.class);
    private static final Duration PURGE_EVERY = Duration.ofHours(1);

    private final BrokerOutbox outbox;
    private final RabbitTemplate rabbit;
    private final IntegrationSettings.Broker settings;
    private final ScheduledExecutorService thread;
    private Instant purgedAt = Instant.EPOCH;

    BrokerPublisher(BrokerOutbox outbox, RabbitTemplate rabbit, IntegrationSettings settings) {
        this.outbox = outbox;
        this.rabbit = rabbit;
        this.settings = settings.broker();
        if (!rabbit.getConnectionFactory().isPublisherConfirms()) {
            // without confirms a message would be marked sent on the strength of a write to a socket
            throw new IllegalStateException(
                    "the broker needs publisher confirms: set spring.rabbitmq.publisher-confirm-type=correlated");
        }
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "broker-publisher");
            t.setDaemon(true);
            return t;
        });
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        long every = settings.pollInterval().toMillis();
        thread.scheduleWithFixedDelay(this::poll, every, every, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() throws InterruptedException {
        thread.shutdownNow();
        // messages being published come back to the outbox when their lease ends
        thread.awaitTermination(5, TimeUnit.SECONDS);
    }

    /** One round: publish what is due, batch after batch, and now and then forget what was confirmed long ago. */
    void poll() {
        try {
            List<BrokerOutbox.Claimed> claimed;
            do {
                claimed = outbox.claim(settings.batchSize(), settings.lease());
            } while (publish(claimed) && claimed.size() == settings.batchSize());
            if (Instant.now().isAfter(purgedAt.plus(PURGE_EVERY))) {
                purgedAt = Instant.now();
                outbox.purgeSent(settings.keepSent());
            }
        } catch (RuntimeException e) {
            // a round that failed (the database away) is tried again at the next one
            log.warn("broker publishing round failed: {}", e.toString());
        }
    }

    /** Publishes the batch and records each confirm; answers false when publishing failed on the way. */
    boolean publish(List<BrokerOutbox.Claimed> batch) {
        Map<BrokerOutbox.Claimed, CorrelationData> published = new LinkedHashMap<>();
        String unreachable = null;
        for (BrokerOutbox.Claimed m : batch) {
            if (unreachable != null) {
                retry(m, unreachable);
                continue;
            }
            CorrelationData confirm = new CorrelationData(m.messageId());
            try {
                rabbit.send(settings.exchange(), m.type(), message(m), confirm);
                published.put(m, confirm);
            } catch (AmqpException e) {
                // no connection, or a channel that failed: the rest of the batch would meet the same in vain
                unreachable = "not published: " + e;
                log.warn(
                        "broker publishing stopped, {} messages stay pending: {}",
                        batch.size() - published.size(),
                        e.toString());
                retry(m, unreachable);
            }
        }
        long deadline = System.nanoTime() + settings.confirmTimeout().toNanos();
        published.forEach((m, confirm) -> awaitConfirm(m, confirm, deadline));
        return unreachable == null;
    }

    private void awaitConfirm(BrokerOutbox.Claimed m, CorrelationData confirm, long deadline) {
        try {
            CorrelationData.Confirm c =
                    confirm.getFuture().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (c.ack()) {
                outbox.sent(m.id());
            } else {
                retry(m, "refused by the broker: " + c.reason());
            }
        } catch (TimeoutException e) {
            retry(
                    m,
                    "no confirm from the broker within "
                            + settings.confirmTimeout().toMillis() + " ms");
        } catch (ExecutionException e) {
            retry(m, e.getCause().toString());
        } catch (InterruptedException e) {
            // shutting down: the message comes back when its lease ends
            Thread.currentThread().interrupt();
        }
    }

    private void retry(BrokerOutbox.Claimed m, String error) {
        Duration wait = settings.retryAfter(m.attempts() + 1);
        outbox.retry(m.id(), error, wait);
        log.debug(
                "broker message {} ({}) not confirmed, retry in {} ms: {}",
                m.messageId(),
                m.type(),
                wait.toMillis(),
                error);
    }

    /** JSON, persistent, its id the message id (the same on every re-send), its client in a header. */
    private static Message message(BrokerOutbox.Claimed m) {
        MessageProperties p = new MessageProperties();
        p.setContentType(MessageProperties.CONTENT_TYPE_JSON);
        p.setContentEncoding(StandardCharsets.UTF_8.name());
        p.setDeliveryMode(MessageDeliveryMode.PERSISTENT);
        p.setMessageId(m.messageId());
        p.setType(m.type());
        p.setAppId("retrogistics");
        p.setHeader("client-id", m.clientId().toString());
        return new Message(m.payload().getBytes(StandardCharsets.UTF_8), p);
    }
}
