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
    CLOSED,
    CANCELLED,
    EXPIRED;

    public boolean terminal() {
        return ReturnLifecycle.triggersFrom(this).isEmpty();
    }
}
