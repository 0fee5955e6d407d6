package org.retrogistics.analytics;

import java.util.List;
import java.util.UUID;

/**
 * A return's recovery: each of its units with its totals and expectation, and the return's totals per currency
 * (including parts harvested from its units).
 */
public record ReturnRecovery(UUID returnId, String rmaNumber, List<UnitLine> units, List<RecoveryTotals> totals) {

    /** One unit of the return in brief. */
    public record UnitLine(
            UUID unitId, String licencePlate, String sku, List<RecoveryTotals> totals, Expectation expected) {}
}
