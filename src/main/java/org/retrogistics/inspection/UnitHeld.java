package org.retrogistics.inspection;

import java.time.Instant;
import java.util.UUID;

/** Inspection held a unit for its authenticity; a refund waiting on inspection must not be paid. */
public record UnitHeld(UUID unitId, UUID clientId, String rmaNumber, String reason, Instant occurredAt) {}
