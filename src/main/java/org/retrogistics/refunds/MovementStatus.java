package org.retrogistics.refunds;

/** Where a money movement stands; the moves between these are declared in {@link MoneyMovementLifecycle}. */
public enum MovementStatus {
    PENDING,
    /** Stopped: inspection held a unit for its authenticity. A manager releases or cancels it. */
    HELD,
    ISSUED,
    FAILED,
    RETRYING,
    CANCELLED;

    public boolean terminal() {
        return MoneyMovementLifecycle.TABLE.isFinal(this);
    }
}
