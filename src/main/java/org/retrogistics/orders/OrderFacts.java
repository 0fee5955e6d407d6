package org.retrogistics.orders;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What other modules read of an order: whose it is, its currency, when it was delivered (null: not yet), its lines. */
public record OrderFacts(
        UUID id,
        String orderNumber,
        String customerEmail,
        String customerName,
        String currency,
        Instant deliveredAt,
        List<OrderLineFacts> lines) {

    static OrderFacts of(Order order) {
        return new OrderFacts(
                order.getId(),
                order.getOrderNumber(),
                order.getCustomerEmail(),
                order.getCustomerName(),
                order.getCurrency(),
                order.getDeliveredAt(),
                order.getLines().stream()
                        .map(l -> OrderManagement.facts(order, l))
                        .toList());
    }

    public Optional<OrderLineFacts> lineNo(int lineNo) {
        return lines.stream().filter(l -> l.lineNo() == lineNo).findFirst();
    }
}
