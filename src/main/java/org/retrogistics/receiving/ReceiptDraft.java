package org.retrogistics.receiving;

import java.time.Instant;
import java.util.UUID;

/** What a {@link Receipt} is written with. */
record ReceiptDraft(
        UUID clientId,
        UUID unitId,
        String scanned,
        ReceiptOutcome outcome,
        String rmaNumber,
        String reason,
        String location,
        String container,
        String note,
        String recordedBy,
        Instant recordedAt) {}
