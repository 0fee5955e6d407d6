package org.retrogistics.refunds;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** The past-tense facts the money side publishes; they leave through the event publication registry. */
public final class RefundEvents {

    private RefundEvents() {}

    /** Money went to (or, for a charged exchange difference, came from) the customer. */
    public record RefundIssued(
            UUID movementId,
            UUID clientId,
            UUID returnId,
            String rmaNumber,
            int lineNo,
            MovementKind kind,
            BigDecimal amount,
            String currency,
            String providerRef,
            Instant occurredAt) {}

    /** The payment provider refused or could not be reached; a retry may issue it. */
    public record RefundFailed(
            UUID movementId, UUID clientId, String rmaNumber, int lineNo, String reason, Instant occurredAt) {}

    /** A movement stopped because inspection held a unit for its authenticity. */
    public record RefundHeld(
            UUID movementId, UUID clientId, String rmaNumber, int lineNo, String reason, Instant occurredAt) {}

    /** A movement that had not been paid was cancelled; what it took from the line is free again. */
    public record RefundCancelled(
            UUID movementId, UUID clientId, String rmaNumber, int lineNo, String reason, Instant occurredAt) {}

    /** Units of a return line are exchanged or replaced: an item goes out instead of money. */
    public record ExchangeArranged(
            UUID resolutionId,
            UUID clientId,
            String rmaNumber,
            int lineNo,
            String sku,
            int quantity,
            BigDecimal goodsValue,
            String currency,
            Instant occurredAt) {}
}
