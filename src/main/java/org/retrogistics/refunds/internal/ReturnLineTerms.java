package org.retrogistics.refunds.internal;

import java.math.BigDecimal;
import org.retrogistics.catalog.CatalogManagement;
import org.retrogistics.orders.OrderLineFacts;
import org.retrogistics.orders.OrderManagement;
import org.retrogistics.refunds.LineTerms;
import org.retrogistics.returns.ReturnLine;
import org.retrogistics.returns.ReturnRequest;
import org.retrogistics.shared.ClientId;
import org.retrogistics.shared.Money;
import org.springframework.stereotype.Component;

/** Reads what the money side needs of a return line: its price, fee and currency, and its order line's total. */
@Component
public class ReturnLineTerms {

    private final OrderManagement orders;
    private final CatalogManagement catalog;

    ReturnLineTerms(OrderManagement orders, CatalogManagement catalog) {
        this.orders = orders;
        this.catalog = catalog;
    }

    public LineTerms of(ClientId client, ReturnRequest r, ReturnLine line) {
        boolean fromOrder = line.getOrderId() != null && line.getUnitPrice() != null;
        String currency = fromOrder
                ? orders.orderFacts(client, line.getOrderId()).currency()
                : catalog.findClient(client).map(c -> c.currency()).orElse("USD");
        Money unitPrice = fromOrder ? Money.of(line.getUnitPrice(), currency) : Money.of(BigDecimal.ZERO, currency);
        Money fee = Money.of(
                line.getRestockingFee() == null || !fromOrder ? BigDecimal.ZERO : line.getRestockingFee(), currency);
        Money orderLinePaid = null;
        if (fromOrder && line.getOrderLineId() != null) {
            // the cap across every return of the order line: what was paid for all of its units
            OrderLineFacts sold = orders.line(client, line.getOrderId(), line.getOrderLineId());
            orderLinePaid = sold.unitPrice().times(sold.quantity());
        }
        return new LineTerms(
                r.getId(),
                r.getRmaNumber(),
                line.getId(),
                line.getLineNo(),
                r.getCustomerEmail(),
                line.getReason(),
                line.getRequestedResolution(),
                unitPrice,
                line.getQuantity(),
                fee,
                fromOrder,
                orderLinePaid == null ? null : line.getOrderLineId(),
                orderLinePaid);
    }
}
