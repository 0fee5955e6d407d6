package org.retrogistics.resale;

/** What moves a listing. */
public enum ListingTrigger {
    PUBLISH,
    SELL,
    WITHDRAW
}
