package org.retrogistics.receiving;

import java.time.Instant;
import java.util.UUID;

/**
 * A unit was taken in at the dock. Inspection queues it on the path its reason (or the dock's finding) implies, with
 * the licence plate and SKU the queue shows; it leaves through the event publication registry, so the queue never
 * misses one.
 */
public record UnitReceived(
        UUID unitId,
        UUID clientId,
        UUID productId,
        String licencePlate,
        String sku,
        ReceiptOutcome outcome,
        String reason,
        String resolution,
        String inspectionPath,
        String rmaNumber,
        Instant occurredAt) {}
