package org.retrogistics.custody;

/** Where a unit is in the reverse flow, as far as custody knows. */
public enum UnitState {
    EXPECTED,
    IN_TRANSIT,
    IN_CUSTODY,
    NOT_COMING
}
