package org.retrogistics.returns;

/** What can happen to a return; each trigger is one row or more in {@link ReturnLifecycle}. */
public enum ReturnTrigger {
    /** The policy allowed every line, or an agent approved the review. */
    AUTHORIZE,
    /** The policy wants a person to look. */
    REFER_FOR_REVIEW,
    REJECT,
    /** The carrier scanned the parcel, or the customer dropped it off. */
    SHIP,
    /** Some, not all, of the expected quantity arrived. */
    RECEIVE_PART,
    /** Everything expected has arrived. */
    RECEIVE_ALL,
    /** The carrier lost the parcel, or it was not scanned again within the policy's days. */
    LOSE,
    CLOSE,
    CANCEL,
    /** Never shipped within the policy's days. */
    EXPIRE
}
