package org.retrogistics.workshop;

import java.time.Instant;
import java.util.UUID;

/** A unit left the reverse flow by a restock, a return to its customer or vendor, or a donation. */
public record UnitOutcomeRecorded(
        UUID unitId, UUID clientId, UnitOutcome outcome, String holder, String recordedBy, Instant occurredAt) {}
