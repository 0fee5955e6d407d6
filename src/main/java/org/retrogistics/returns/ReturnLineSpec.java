package org.retrogistics.returns;

import org.retrogistics.catalog.ProductFacts;
import org.retrogistics.orders.OrderLineFacts;

/** A line resolved against the catalogue and, where there is one, the order: ready to be judged and recorded. */
public record ReturnLineSpec(
        ProductFacts product,
        OrderLineFacts orderLine,
        int quantity,
        ReturnReason reason,
        String externalReasonCode,
        String note,
        String serial,
        String lot,
        Resolution resolution) {}
