package org.retrogistics.integration;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One event for one subscription, with its attempts (newest last; empty in lists). A replay is a delivery of its own
 * that names the one it replays and carries the same {@code messageId}, so a receiver that deduplicates sees it once.
 */
public record WebhookDelivery(
        UUID id,
        UUID subscriptionId,
        String messageId,
        String eventType,
        DeliveryStatus status,
        int attempts,
        Instant nextAttemptAt,
        Instant createdAt,
        Instant deliveredAt,
        Integer lastStatus,
        String lastError,
        UUID replayOf,
        String payload,
        List<Attempt> attemptLog) {

    /** One try: the receiver's status code or the error, and how long it took. */
    public record Attempt(int attempt, Instant at, Integer statusCode, String error, long durationMillis) {}

    public WebhookDelivery withAttempts(List<Attempt> log) {
        return new WebhookDelivery(
                id,
                subscriptionId,
                messageId,
                eventType,
                status,
                attempts,
                nextAttemptAt,
                createdAt,
                deliveredAt,
                lastStatus,
                lastError,
                replayOf,
                payload,
                List.copyOf(log));
    }
}
