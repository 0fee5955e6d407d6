package org.retrogistics.recalls;

/** Where a recall campaign is in its life. */
public enum RecallStatus {
    /** Criteria set, nothing brought back yet. */
    DRAFT,
    /** Launched: the returns and units are being created in the background. */
    LAUNCHING,
    /** Every affected order line has its return; units are coming back. */
    LAUNCHED,
    /** Finished: no more units are chased. */
    CLOSED,
    /** Dropped before launch. */
    CANCELLED;

    public boolean open() {
        return this != CLOSED && this != CANCELLED;
    }
}
