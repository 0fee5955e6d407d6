package org.retrogistics.disposition;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A re-evaluation batch changed the option of many units at once: one event for up to a batch of decisions, so the
 * outbox keeps one publication per listener per batch instead of one per unit. Each listener handles every decision
 * as it would a single {@link DispositionDecided}.
 */
public record DispositionsDecided(UUID clientId, List<DispositionDecided> decisions, Instant occurredAt) {

    public DispositionsDecided {
        decisions = List.copyOf(decisions);
    }
}
