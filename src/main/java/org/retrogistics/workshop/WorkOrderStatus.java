package org.retrogistics.workshop;

/** Where a work order is. */
public enum WorkOrderStatus {
    OPEN,
    ASSIGNED,
    IN_PROGRESS,
    DONE,
    CANCELLED;

    public boolean open() {
        return this != DONE && this != CANCELLED;
    }
}
