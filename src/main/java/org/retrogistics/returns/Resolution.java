package org.retrogistics.returns;

/** What the customer asks for in exchange for the returned item. */
public enum Resolution {
    REFUND,
    EXCHANGE,
    STORE_CREDIT,
    REPAIR,
    REPLACEMENT,
    /**
     * The customer keeps the goods, with a reason (not worth the trip, hazardous, lost by the carrier on the way out):
     * given by an agent, not asked for; the units are no longer expected. Moves no money by itself.
     */
    KEEP_IT,
    /** No resolution: the unit comes back without anything owed (take-back, end of life, delivery failure). */
    NONE;

    /** Whether giving it settles money with the customer (a refund, store credit, an exchange's price difference). */
    public boolean settlesMoney() {
        return this == REFUND || this == STORE_CREDIT || this == EXCHANGE;
    }
}
