package org.retrogistics.refunds;

import org.retrogistics.catalog.ProductFacts;
import org.retrogistics.returns.ExchangeScope;
import org.retrogistics.shared.DomainException;

/**
 * Which goods an exchange may send out instead of the returned product, as the client's policy says: another variant
 * of the same product (the default), anything of the same family, or any product.
 */
public final class ExchangeScopePolicy {

    private ExchangeScopePolicy() {}

    /** Refuses, with the reason, goods outside the scope. */
    public static void check(ExchangeScope scope, ProductFacts returned, ProductFacts goods) {
        boolean allowed =
                switch (scope) {
                    case SAME_PRODUCT -> returned.sameProductAs(goods);
                    case SAME_FAMILY -> returned.family().equals(goods.family());
                    case ANY_PRODUCT -> true;
                };
        if (!allowed) {
            throw new ExchangeOutOfScope(scope, returned, goods);
        }
    }

    /** The goods asked for lie outside what the client's exchanges may send out. */
    public static class ExchangeOutOfScope extends DomainException {
        public ExchangeOutOfScope(ExchangeScope scope, ProductFacts returned, ProductFacts goods) {
            super(
                    Kind.REJECTED,
                    "exchange-out-of-scope",
                    goods.sku() + " cannot be sent out for " + returned.sku() + ": exchanges are limited to "
                            + switch (scope) {
                                case SAME_PRODUCT -> "variants of the same product ("
                                        + (returned.model() == null ? returned.sku() : returned.model()) + ")";
                                case SAME_FAMILY -> "the same product family (" + returned.family() + ")";
                                case ANY_PRODUCT -> "any product";
                            });
        }
    }
}
