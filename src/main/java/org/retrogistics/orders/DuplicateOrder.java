package org.retrogistics.orders;

import org.retrogistics.shared.DomainException;

/** The client already has an order with this number. */
public class DuplicateOrder extends DomainException {

    public DuplicateOrder(String orderNumber) {
        super(Kind.CONFLICT, "duplicate-order", "Order " + orderNumber + " already exists");
    }
}
