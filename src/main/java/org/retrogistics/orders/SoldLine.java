package org.retrogistics.orders;

import java.util.UUID;
import org.retrogistics.shared.Money;

/** One order line taken back in bulk (a recall): what was sold, to whom, and how many were reserved for the return. */
public record SoldLine(
        UUID orderId,
        String orderNumber,
        String customerEmail,
        String customerName,
        UUID lineId,
        int lineNo,
        UUID productId,
        String sku,
        String lot,
        String serial,
        Money unitPrice,
        int reserved) {}
