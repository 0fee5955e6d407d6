package org.retrogistics.recalls;

/** What moves a recall campaign. */
public enum RecallTrigger {
    LAUNCH,
    FINISH_LAUNCH,
    CLOSE,
    CANCEL
}
