package org.retrogistics.disposition;

import java.time.Instant;
import java.util.List;

/** A unit's current decision as stored, with its revision and the trail of changes that led to it. */
public record StoredDecision(DispositionDecision decision, int revision, Instant decidedAt, List<Change> changes) {

    /** One change of the option in force, or one re-evaluation. */
    public record Change(
            int revision,
            DispositionOption from,
            DispositionOption to,
            String expectedNet,
            String trigger,
            String actor,
            String reason,
            Instant occurredAt) {}
}
