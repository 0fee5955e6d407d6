package org.retrogistics.transport;

/** How a leg travels. */
public enum TransportMode {
    ROAD,
    RAIL,
    SEA,
    AIR
}
