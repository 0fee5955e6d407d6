package org.retrogistics.recycling;

/** What can happen to a recycling batch. */
public enum BatchTrigger {
    ADD_UNIT,
    SHIP,
    CLOSE,
    CANCEL
}
