package org.retrogistics.catalog;

import org.retrogistics.shared.DomainException;

/** The client's catalogue already has a product with this SKU. */
public class DuplicateSku extends DomainException {

    public DuplicateSku(String sku) {
        super(Kind.CONFLICT, "duplicate-sku", "The catalogue already has a product with SKU " + sku);
    }
}
