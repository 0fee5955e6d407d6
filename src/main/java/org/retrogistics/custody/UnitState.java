package org.retrogistics.custody;

/** Where a unit is in the reverse flow, as far as custody knows. */
public enum UnitState {
    EXPECTED,
    IN_TRANSIT,
    IN_CUSTODY,
    NOT_COMING,
    /** It left our custody for good: restocked elsewhere, back with its customer, sold, with a recycler. */
    RELEASED
}
