package org.retrogistics.returns;

/** What money a return's lost parcel moves, as its policy says. */
public enum LostParcelMoney {
    /** Each line's units that never arrived are resolved as the customer asked (refund or store credit). */
    AS_REQUESTED,
    /** Nothing moves by itself; an agent resolves the lines by hand. */
    NOTHING
}
