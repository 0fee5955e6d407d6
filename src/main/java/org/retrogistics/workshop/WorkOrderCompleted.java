package org.retrogistics.workshop;

import java.time.Instant;
import java.util.UUID;
import org.retrogistics.disposition.WorkKind;

/** A work order closed with its tests passed. */
public record WorkOrderCompleted(
        UUID workOrderId, UUID clientId, UUID unitId, String number, WorkKind kind, Instant occurredAt) {}
