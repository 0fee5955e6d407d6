package org.retrogistics.resale;

/** What moves a lot. */
public enum LotTrigger {
    ADD_UNITS,
    CLOSE,
    REOPEN,
    SELL,
    CANCEL
}
