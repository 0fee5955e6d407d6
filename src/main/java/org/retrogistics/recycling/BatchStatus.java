package org.retrogistics.recycling;

/** Where a recycling batch is: being filled, on its way to the recycler, processed with a certificate, or called off. */
public enum BatchStatus {
    OPEN,
    SHIPPED,
    CLOSED,
    CANCELLED;

    /** Closed and cancelled batches never change again. */
    public boolean open() {
        return this == OPEN || this == SHIPPED;
    }
}
