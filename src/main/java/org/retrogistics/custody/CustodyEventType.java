package org.retrogistics.custody;

/** What happened to a unit, as the ledger records it. */
public enum CustodyEventType {
    /** A return announced the unit; it is still with the customer. */
    EXPECTED,
    /** A carrier or driver took it. */
    IN_TRANSIT,
    RECEIVED,
    MOVED,
    HANDED_OVER,
    /** It will not come (return cancelled, rejected or expired). */
    NO_LONGER_EXPECTED,
    /** It left custody for good, to the holder named (a customer, a buyer, a vendor, a recycler). */
    RELEASED,
    NOTE
}
