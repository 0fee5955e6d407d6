package org.retrogistics.disposition;

import java.time.Instant;
import java.util.UUID;

/**
 * A person overrode the disposition in force, with a reason; published whether or not the option changed (an override
 * that confirms the engine's choice is still a decision someone took), for the audit trail (ADR 0031).
 */
public record DispositionOverridden(
        UUID unitId,
        UUID clientId,
        DispositionOption previous,
        DispositionOption option,
        int revision,
        String by,
        String reason,
        Instant occurredAt) {}
