package org.retrogistics.disposition;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A unit's disposition was decided, or changed: the workshop opens the work the option needs. Published only when
 * the option in force changes, so a re-evaluation that lands on the same option starts no new work.
 */
public record DispositionDecided(
        UUID unitId,
        UUID clientId,
        DispositionOption option,
        DispositionOption previous,
        Set<WorkKind> requiredWork,
        boolean groundOnlyHazardous,
        int revision,
        String trigger,
        Instant occurredAt) {}
