package org.retrogistics.refunds;

import java.util.UUID;
import org.retrogistics.returns.Resolution;
import org.retrogistics.returns.ReturnReason;
import org.retrogistics.shared.Money;

/**
 * What the money side knows of one return line: what was paid per unit, how many, why it came back and the
 * restocking fee the return policy set for the whole line when the return was judged.
 *
 * @param paidUnitPrice the price paid per unit (zero when the line has no order)
 * @param fromOrder whether the line comes from an order, that is, whether anything was paid for it
 * @param orderLineId the order line the units were sold on (null without an order)
 * @param orderLinePaid what was paid for the whole order line, across all its returns (null without an order)
 */
public record LineTerms(
        UUID returnId,
        String rmaNumber,
        UUID returnLineId,
        int lineNo,
        String customerEmail,
        ReturnReason reason,
        Resolution requested,
        Money paidUnitPrice,
        int quantity,
        Money restockingFeeForLine,
        boolean fromOrder,
        UUID orderLineId,
        Money orderLinePaid) {

    /** What was paid for the whole line. */
    public Money paidForLine() {
        return paidUnitPrice.times(quantity);
    }
}
