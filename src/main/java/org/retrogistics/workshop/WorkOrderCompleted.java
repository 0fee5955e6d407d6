package org.retrogistics.workshop;

import java.time.Instant;
import java.util.UUID;
import org.retrogistics.disposition.WorkKind;
import org.retrogistics.workshop.WorkOrderRecords.SanitisationRecord;

/**
 * A work order closed with its tests passed; a sanitisation carries its record (null for other work), so modules that
 * must know a unit was wiped keep it from this event.
 */
public record WorkOrderCompleted(
        UUID workOrderId,
        UUID clientId,
        UUID unitId,
        String number,
        WorkKind kind,
        SanitisationRecord sanitisation,
        Instant occurredAt) {}
