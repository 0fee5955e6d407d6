package org.retrogistics.refunds.internal;

import java.math.BigDecimal;
import org.retrogistics.catalog.CatalogManagement;
import org.retrogistics.orders.OrderLineFacts;
import org.retrogistics.orders.OrderManagement;
import org.retrogistics.refunds.LineTerms;
import org.retrogistics.returns.ReturnForMoney;
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

    public LineTerms of(ClientId client, ReturnForMoney r, ReturnForMoney.Line line) {
        boolean fromOrder = line.orderId() != null && line.unitPrice() != null;
        String currency = fromOrder
                ? orders.orderFacts(client, line.orderId()).currency()
                : catalog.findClient(client).map(c -> c.currency()).orElse("USD");
        Money unitPrice = fromOrder ? Money.of(line.unitPrice(), currency) : Money.of(BigDecimal.ZERO, currency);
        Money fee =
                Money.of(line.restockingFee() == null || !fromOrder ? BigDecimal.ZERO : line.restockingFee(), currency);
        Money orderLinePaid = null;
        if (fromOrder && line.orderLineId() != null) {
            // the cap across every return of the order line: what was paid for all of its units
            OrderLineFacts sold = orders.line(client, line.orderId(), line.orderLineId());
            orderLinePaid = sold.unitPrice().times(sold.quantity());
        }
        return new LineTerms(
                r.id(),
                r.rmaNumber(),
                line.id(),
                line.lineNo(),
                r.customerEmail(),
                line.reason(),
                line.requestedResolution(),
                unitPrice,
                line.quantity(),
                fee,
                fromOrder,
                orderLinePaid == null ? null : line.orderLineId(),
                orderLinePaid);
    }
}
