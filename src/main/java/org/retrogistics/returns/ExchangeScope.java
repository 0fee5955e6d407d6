package org.retrogistics.returns;

/** Which goods an exchange may send out instead of the returned ones: a client's policy setting. */
public enum ExchangeScope {
    /** Another variant (size, colour) of the same product: the same model, or the same SKU where none is given. */
    SAME_PRODUCT,
    /** Any product of the same product family. */
    SAME_FAMILY,
    /** Any product of the client's catalogue. */
    ANY_PRODUCT
}
