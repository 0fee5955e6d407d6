package org.retrogistics.returns;

import java.time.Instant;
import org.retrogistics.catalog.ProductFacts;
import org.retrogistics.orders.OrderLineFacts;

/** One line someone wants to return, with the facts the policy judges it by. */
public record ReturnCandidate(
        ReturnKind kind,
        ProductFacts product,
        OrderLineFacts orderLine,
        int quantity,
        ReturnReason reason,
        Resolution resolution,
        Instant now) {

    public boolean hasOrder() {
        return orderLine != null;
    }
}
