package org.retrogistics.resale;

/** Where units are sold: one unit at a time in a store or on a marketplace, or many at once to a business buyer. */
public enum ChannelKind {
    OWN_STORE,
    MARKETPLACE,
    OUTLET,
    /** Business buyers and liquidators: lots, not single listings. */
    B2B;

    /** Whether single units are listed here (everything but B2B, which takes lots). */
    public boolean takesListings() {
        return this != B2B;
    }
}
