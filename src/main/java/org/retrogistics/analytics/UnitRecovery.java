package org.retrogistics.analytics;

import java.util.List;
import java.util.UUID;
import org.retrogistics.shared.Money;

/**
 * A unit's recovery ledger: every cost and recovery, the totals per currency, what the disposition model expected of
 * the option in force and of the option that set the unit on its path, and where the unit ended.
 *
 * @param expected the expectation of the option in force (the latest recorded), or null before any decision
 * @param expectations every option that came into force, oldest first
 * @param gap actual net recovery without the refund (the expectation leaves it out too) minus the expectation in
 *     force, in the expectation's currency; null without one
 * @param fates where the unit ended, as the modules that settled it said (usually one)
 */
public record UnitRecovery(
        UUID unitId,
        String licencePlate,
        String sku,
        UUID returnId,
        List<LedgerEntry> entries,
        List<RecoveryTotals> totals,
        Expectation expected,
        List<Expectation> expectations,
        Money gap,
        List<Fate> fates) {

    /** A unit's end, as a module reported it. */
    public record Fate(String fate, String sourceType, String sourceRef, java.time.Instant occurredAt) {}
}
