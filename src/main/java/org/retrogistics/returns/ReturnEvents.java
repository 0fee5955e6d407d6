package org.retrogistics.returns;

import java.time.Instant;
import java.util.UUID;

/**
 * The past-tense facts a return publishes, one per lifecycle move. They leave through the event publication registry
 * (the transactional outbox), so a listener in another module never misses one. The events at which money can move
 * by itself name the policy version the return was judged under.
 */
public final class ReturnEvents {

    private ReturnEvents() {}

    /** Common to every return event. */
    public sealed interface ReturnEvent
            permits ReturnRequested,
                    ReturnAuthorized,
                    ReturnReferredForReview,
                    ReturnRejected,
                    ReturnShipped,
                    ReturnLineReceived,
                    ReturnReceived,
                    ReturnClosed,
                    ReturnCancelled,
                    ReturnExpired,
                    ReturnLost,
                    ReturnLineKept {
        UUID returnId();

        UUID clientId();

        String rmaNumber();

        Instant occurredAt();
    }

    public record ReturnRequested(
            UUID returnId, UUID clientId, String rmaNumber, ReturnKind kind, int lines, Instant occurredAt)
            implements ReturnEvent {}

    /**
     * @param policyVersion the version of the client's policy the return was judged under (null for a recall return):
     *     it says at which step money moves, so a listener can tell without reading the return
     */
    public record ReturnAuthorized(
            UUID returnId, UUID clientId, String rmaNumber, String by, Integer policyVersion, Instant occurredAt)
            implements ReturnEvent {}

    public record ReturnReferredForReview(
            UUID returnId, UUID clientId, String rmaNumber, String reason, Instant occurredAt) implements ReturnEvent {}

    public record ReturnRejected(UUID returnId, UUID clientId, String rmaNumber, String reason, Instant occurredAt)
            implements ReturnEvent {}

    public record ReturnShipped(
            UUID returnId,
            UUID clientId,
            String rmaNumber,
            String carrier,
            String trackingNumber,
            Integer policyVersion,
            Instant occurredAt)
            implements ReturnEvent {}

    public record ReturnLineReceived(
            UUID returnId,
            UUID clientId,
            String rmaNumber,
            int lineNo,
            int quantity,
            Integer policyVersion,
            Instant occurredAt)
            implements ReturnEvent {}

    public record ReturnReceived(UUID returnId, UUID clientId, String rmaNumber, Instant occurredAt)
            implements ReturnEvent {}

    public record ReturnClosed(UUID returnId, UUID clientId, String rmaNumber, Instant occurredAt)
            implements ReturnEvent {}

    public record ReturnCancelled(UUID returnId, UUID clientId, String rmaNumber, String reason, Instant occurredAt)
            implements ReturnEvent {}

    public record ReturnExpired(UUID returnId, UUID clientId, String rmaNumber, Instant occurredAt)
            implements ReturnEvent {}

    /** The parcel was lost on its way; the policy says what money that moves. */
    public record ReturnLost(
            UUID returnId, UUID clientId, String rmaNumber, String reason, Integer policyVersion, Instant occurredAt)
            implements ReturnEvent {}

    /** The customer keeps units of a line that were expected back (a resolution, with its reason). */
    public record ReturnLineKept(
            UUID returnId, UUID clientId, String rmaNumber, int lineNo, int units, String reason, Instant occurredAt)
            implements ReturnEvent {}
}
