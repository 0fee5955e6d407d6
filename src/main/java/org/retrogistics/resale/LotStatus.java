package org.retrogistics.resale;

/** Where a lot is. */
public enum LotStatus {
    /** Being put together: units may join. */
    OPEN,
    /** Packed and offered: the manifest is final. */
    CLOSED,
    SOLD,
    CANCELLED;

    /** Still holds its units. */
    public boolean holdsUnits() {
        return this != CANCELLED;
    }
}
