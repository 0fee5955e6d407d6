package org.retrogistics.refunds;

/** What moves a money movement. */
public enum MovementTrigger {
    ISSUE,
    FAIL,
    RETRY,
    HOLD,
    RELEASE,
    CANCEL
}
