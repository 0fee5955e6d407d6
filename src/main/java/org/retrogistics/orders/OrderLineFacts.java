package org.retrogistics.orders;

import java.time.Instant;
import java.util.UUID;
import org.retrogistics.shared.Money;

/** What a return needs to know of one delivered order line. */
public record OrderLineFacts(
        UUID orderId,
        String orderNumber,
        String customerEmail,
        Instant orderedAt,
        Instant deliveredAt,
        UUID lineId,
        int lineNo,
        UUID productId,
        String sku,
        int quantity,
        int returnedQuantity,
        Money unitPrice,
        boolean finalSale) {

    public int returnable() {
        return quantity - returnedQuantity;
    }
}
