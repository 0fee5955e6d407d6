package org.retrogistics.orders;

import java.util.Collection;
import org.retrogistics.shared.DomainException;

/** An order line names a SKU that is not in the client's catalogue. */
public class UnknownSku extends DomainException {

    public UnknownSku(Collection<String> skus) {
        super(Kind.REJECTED, "unknown-sku", "Not in the catalogue: " + String.join(", ", skus));
    }
}
