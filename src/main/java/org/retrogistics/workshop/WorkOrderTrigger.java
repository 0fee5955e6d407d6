package org.retrogistics.workshop;

/** What moves a work order. */
public enum WorkOrderTrigger {
    ASSIGN,
    START,
    PAUSE,
    COMPLETE,
    CANCEL
}
