package org.retrogistics.disposition;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A manager's override of the engine's choice, kept for the audit: from which option to which, why, by whom and when,
 * and which non-safety exclusions it set aside.
 */
public record DispositionOverride(
        DispositionOption from,
        DispositionOption to,
        String reason,
        String by,
        Instant at,
        List<Exclusion> overriddenExclusions) {

    public DispositionOverride {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(at, "at");
        if (reason == null || reason.isBlank()) {
            throw new OverrideReasonRequired();
        }
        if (by == null || by.isBlank()) {
            throw new IllegalArgumentException("an override names the person who made it");
        }
        reason = reason.trim();
        by = by.trim();
        overriddenExclusions = List.copyOf(overriddenExclusions);
    }
}
