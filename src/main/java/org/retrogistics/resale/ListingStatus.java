package org.retrogistics.resale;

/** Where a listing is. */
public enum ListingStatus {
    /** Made from the disposition, priced, not yet offered. */
    DRAFT,
    /** Offered on its channel. */
    LISTED,
    SOLD,
    WITHDRAWN;

    /** Still holds its unit: drafted, listed or sold. */
    public boolean holdsUnit() {
        return this != WITHDRAWN;
    }
}
