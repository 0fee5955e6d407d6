package org.retrogistics.receiving;

import org.retrogistics.custody.WarehouseLocation;

/** What the dock found for one unit. */
public enum ReceiptOutcome {
    /** As announced. */
    RECEIVED(WarehouseLocation.DOCK),
    /** Arrived, but the parcel or the item was damaged on the way: held for a damage assessment. */
    DAMAGED_IN_TRANSIT(WarehouseLocation.QUARANTINE),
    /** Something arrived, but not the item announced: held for an identity check. */
    WRONG_ITEM(WarehouseLocation.QUARANTINE),
    /** Announced but not in the parcel: reported, nothing is taken in. */
    SHORT(null),
    /** In the parcel but not announced: taken in as a unit of its own, linked to the return. */
    EXTRA(WarehouseLocation.QUARANTINE),
    /** Arrived with nothing on file: taken in after the fact. */
    BLIND(WarehouseLocation.QUARANTINE);

    private final WarehouseLocation defaultLocation;

    ReceiptOutcome(WarehouseLocation defaultLocation) {
        this.defaultLocation = defaultLocation;
    }

    /** Where the unit goes when the scan names no location. */
    public WarehouseLocation defaultLocation() {
        return defaultLocation;
    }

    /** Outcomes a scan of an announced unit may report. */
    public boolean forAnnouncedUnit() {
        return this == RECEIVED || this == DAMAGED_IN_TRANSIT || this == WRONG_ITEM || this == SHORT;
    }
}
