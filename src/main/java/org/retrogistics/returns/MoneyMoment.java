package org.retrogistics.returns;

/** The step of the return at which the policy lets money move to the customer. */
public enum MoneyMoment {
    ON_REQUEST,
    ON_CARRIER_SCAN,
    ON_RECEIPT,
    AFTER_INSPECTION
}
