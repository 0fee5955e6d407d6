package org.retrogistics.transport;

/** Where a consolidation leg is: being loaded, on its way, arrived, or called off. */
public enum LegStatus {
    PLANNED,
    DISPATCHED,
    ARRIVED,
    CANCELLED
}
