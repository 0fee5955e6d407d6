package org.retrogistics.returns;

/** What the customer asks for in exchange for the returned item. */
public enum Resolution {
    REFUND,
    EXCHANGE,
    STORE_CREDIT,
    REPAIR,
    REPLACEMENT,
    /** No resolution: the unit comes back without anything owed (take-back, end of life, delivery failure). */
    NONE
}
