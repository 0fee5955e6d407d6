package org.retrogistics.transport;

/** Where a return parcel is, as its carrier reports it; the rank orders them along the way. */
public enum ShipmentStatus {
    LABEL_CREATED(0),
    IN_TRANSIT(1),
    OUT_FOR_DELIVERY(2),
    DELIVERED(3),
    EXCEPTION(1),
    /** The carrier gave the parcel up as lost. */
    LOST(2);

    private final int rank;

    ShipmentStatus(int rank) {
        this.rank = rank;
    }

    public int rank() {
        return rank;
    }
}
