package org.retrogistics.receiving;

import org.retrogistics.shared.DomainException;

/** A blind receipt names a SKU the client does not have. */
public class UnknownProduct extends DomainException {
    UnknownProduct(String sku) {
        super(Kind.REJECTED, "unknown-sku", "no product with SKU '" + sku + "'");
    }
}
