package org.retrogistics.orders;

import org.retrogistics.shared.DomainException;

/** More units asked back than were delivered and not yet returned. */
public class ReturnQuantityExceeded extends DomainException {

    public ReturnQuantityExceeded(String orderNumber, int lineNo, int asked, int returnable) {
        super(
                Kind.REJECTED,
                "return-quantity-exceeded",
                "Order " + orderNumber + " line " + lineNo + ": " + asked + " asked back but only " + returnable
                        + " delivered and not yet returned");
    }
}
