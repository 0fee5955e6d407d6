package org.retrogistics.catalog;

/** Lithium battery chemistries; both are Class 9 dangerous goods. */
public enum BatteryChemistry {
    LITHIUM_ION,
    LITHIUM_METAL
}
