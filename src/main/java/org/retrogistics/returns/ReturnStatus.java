package org.retrogistics.returns;

/** Where a return stands; the moves between these are declared in {@link ReturnLifecycle}. */
public enum ReturnStatus {
    REQUESTED,
    UNDER_REVIEW,
    AUTHORIZED,
    REJECTED,
    IN_TRANSIT,
    PARTIALLY_RECEIVED,
    RECEIVED,
    /** The parcel was lost on its way: the carrier said so, or it was not scanned again within the policy's days. */
    LOST,
    CLOSED,
    CANCELLED,
    EXPIRED;

    public boolean terminal() {
        return ReturnLifecycle.TABLE.isFinal(this);
    }
}
