package org.retrogistics.integration.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.retrogistics.access.Actor;
import org.retrogistics.integration.InboundStatusUpdates;
import org.retrogistics.integration.StatusUpdate;
import org.retrogistics.integration.StatusUpdateOutcome;
import org.retrogistics.shared.ClientId;
import org.retrogistics.shared.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.AmqpRejectAndDontRequeueException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageListener;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Takes status updates from the broker's queue (ADR 0029): a JSON {@link StatusUpdate} with the client's id
 * ({@code clientId}); without a {@code messageId} in the body, the AMQP message id is taken. The broker's credentials
 * are the credential: whoever may publish to the queue acts for the client it names, as the system. An update that
 * cannot be read or is refused is rejected without requeue (to the queue's dead-letter exchange, if the operator gave
 * it one); any other failure (the database away) puts it back to be tried again.
 */
class StatusUpdateListener implements MessageListener {

    private static final Logger log = LoggerFactory.getLogger(StatusUpdateListener.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final InboundStatusUpdates updates;

    StatusUpdateListener(InboundStatusUpdates updates) {
        this.updates = updates;
    }

    /** The queue's message: a status update and the client it is for. */
    record Queued(
            String clientId,
            String messageId,
            String status,
            String reference,
            Instant occurredAt,
            String location,
            String note) {}

    @Override
    public void onMessage(Message message) {
        String amqpId = message.getMessageProperties().getMessageId();
        try {
            Queued q = JSON.readValue(new String(message.getBody(), StandardCharsets.UTF_8), Queued.class);
            if (q.clientId() == null) {
                throw new AmqpRejectAndDontRequeueException("a queued status update needs clientId");
            }
            String id = q.messageId() == null || q.messageId().isBlank() ? amqpId : q.messageId();
            Actor system = Actor.system(ClientId.of(q.clientId()), "status updates queue");
            StatusUpdateOutcome o = updates.accept(
                    system,
                    "QUEUE",
                    new StatusUpdate(id, q.status(), q.reference(), q.occurredAt(), q.location(), q.note()));
            log.info(
                    "status update {} ({} {}): {}{}",
                    o.messageId(),
                    o.status(),
                    o.reference(),
                    o.outcome(),
                    o.duplicate() ? ", received before" : "");
        } catch (JacksonException | IllegalArgumentException e) {
            log.warn("status update {} rejected: it cannot be read ({})", amqpId, e.getMessage());
            throw new AmqpRejectAndDontRequeueException("unreadable status update", e);
        } catch (DomainException e) {
            log.warn("status update {} rejected: {}", amqpId, e.getMessage());
            throw new AmqpRejectAndDontRequeueException(e.getMessage(), e);
        }
    }
}
