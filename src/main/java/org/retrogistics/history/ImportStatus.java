package org.retrogistics.history;

/** Where an import job stands. RUNNING with a stale heartbeat means the instance running it stopped. */
public enum ImportStatus {
    RUNNING,
    DONE,
    FAILED
}
