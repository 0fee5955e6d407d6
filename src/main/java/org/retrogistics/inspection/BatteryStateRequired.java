package org.retrogistics.inspection;

import org.retrogistics.shared.DomainException;

/** A product with a battery needs its battery state recorded. */
public class BatteryStateRequired extends DomainException {
    BatteryStateRequired(String sku) {
        super(
                Kind.INVALID,
                "battery-state-required",
                sku + " carries a lithium battery: record its state (OK, DAMAGED_DEFECTIVE or CRITICAL)");
    }
}
