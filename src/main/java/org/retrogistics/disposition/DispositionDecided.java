package org.retrogistics.disposition;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.retrogistics.shared.Money;

/**
 * A unit's disposition was decided, or changed: the workshop opens the work the option needs. Published only when
 * the option in force changes, so a re-evaluation that lands on the same option starts no new work. It carries the
 * option's expected net recovery, so a listener that keeps expectations needs no read of the decision.
 */
public record DispositionDecided(
        UUID unitId,
        UUID clientId,
        DispositionOption option,
        DispositionOption previous,
        Set<WorkKind> requiredWork,
        boolean groundOnlyHazardous,
        int revision,
        Money expectedNet,
        String trigger,
        Instant occurredAt) {}
