package org.retrogistics.catalog;

/** How a battery travels: alone, inside the equipment, or packed beside it. Decides the UN number. */
public enum BatteryPacking {
    STANDALONE,
    CONTAINED_IN_EQUIPMENT,
    PACKED_WITH_EQUIPMENT
}
