package org.retrogistics.workshop;

import org.retrogistics.custody.WarehouseLocation;
import org.retrogistics.disposition.DispositionOption;

/**
 * How a unit whose work is done leaves the reverse flow when no sale or recycler is involved: each outcome carries out
 * exactly one disposition option. Listings, lots and recycling batches end the other options in their own modules.
 */
public enum UnitOutcome {
    /** Back into the client's sellable stock: it stays with us, in the stock location. */
    RESTOCKED(DispositionOption.RETURN_TO_STOCK, null),
    /** Repaired and shipped back to its customer. */
    RETURNED_TO_CUSTOMER(DispositionOption.REPAIR_AND_RETURN, "customer"),
    /** Handed to the vendor under the client's vendor-return terms. */
    RETURNED_TO_VENDOR(DispositionOption.RETURN_TO_VENDOR, "vendor"),
    /** Given to a charity. */
    DONATED(DispositionOption.DONATE, "charity");

    private final DispositionOption option;
    private final String defaultHolder;

    UnitOutcome(DispositionOption option, String defaultHolder) {
        this.option = option;
        this.defaultHolder = defaultHolder;
    }

    /** The disposition option this outcome carries out; the unit's decision must be this option. */
    public DispositionOption option() {
        return option;
    }

    /** Whether the unit leaves our custody (everything but a restock). */
    public boolean releases() {
        return defaultHolder != null;
    }

    /** Who holds the unit afterwards when the request names nobody. */
    public String defaultHolder() {
        return defaultHolder;
    }

    /** Where a restocked unit goes. */
    public WarehouseLocation location() {
        return WarehouseLocation.STOCK;
    }
}
