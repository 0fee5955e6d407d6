package org.retrogistics.returns;

import org.retrogistics.shared.DomainException;

/**
 * A customer's request names a shopper other than the one its token or portal session is bound to, or it is bound to
 * nobody. The binding decides whose return it is; the body cannot move it to someone else.
 */
public class ShopperNotBound extends DomainException {

    ShopperNotBound() {
        super(
                Kind.REJECTED,
                "shopper-not-bound",
                "This credential acts for no shopper; ask for a CUSTOMER token that names one");
    }

    ShopperNotBound(String claimed) {
        super(
                Kind.REJECTED,
                "customer-email-mismatch",
                "This credential acts for the shopper it was issued for, not " + claimed
                        + "; leave customerEmail out or give that shopper's");
    }
}
