package org.retrogistics.returns;

/** Why a return exists at all. */
public enum ReturnKind {
    /** A shopper sends back what was delivered. */
    CUSTOMER_RETURN,
    /** A defect claim under warranty, with or without the original order. */
    WARRANTY_CLAIM,
    /** A business customer's equipment take-back. */
    TAKE_BACK,
    /** An end-of-life product collected for recycling. */
    END_OF_LIFE,
    /** A carrier could not deliver, so the parcel comes back to the sender with no customer request. */
    DELIVERY_FAILURE,
    /** A recall campaign brings the units back; nobody asked, the return is authorized when the campaign launches. */
    RECALL;

    public boolean needsOrder() {
        return this == CUSTOMER_RETURN || this == DELIVERY_FAILURE;
    }
}
