package org.retrogistics.catalog;

/** What a site does in the reverse flow. */
public enum SiteKind {
    WAREHOUSE,
    REPAIR_CENTRE,
    STORE,
    RECYCLER
}
