package org.retrogistics.integration;

/** Where a delivery stands: waiting for its (next) attempt, delivered (a 2xx answer), or given up after its attempts. */
public enum DeliveryStatus {
    PENDING,
    DELIVERED,
    DEAD
}
