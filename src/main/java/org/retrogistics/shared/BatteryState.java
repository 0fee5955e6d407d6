package org.retrogistics.shared;

/**
 * The state of a unit's lithium battery as inspection finds it (REFERENCE.md, "Lithium batteries"). A damaged or
 * defective battery never travels by air (SP A154) and needs its own packaging; a critical one (liable to react
 * dangerously) needs P911/LP906 packaging.
 */
public enum BatteryState {
    NONE,
    OK,
    DAMAGED_DEFECTIVE,
    CRITICAL;

    public boolean hazardous() {
        return this == DAMAGED_DEFECTIVE || this == CRITICAL;
    }

    public boolean airEligible() {
        return !hazardous();
    }
}
