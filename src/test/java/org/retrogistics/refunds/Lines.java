package org.retrogistics.refunds;

import java.util.UUID;
import org.retrogistics.returns.Resolution;
import org.retrogistics.returns.ReturnReason;
import org.retrogistics.shared.Money;

/** Return lines for the refunds tests. */
final class Lines {

    private Lines() {}

    static LineTerms line(String unitPrice, int quantity, String restockingFeeForLine, ReturnReason reason) {
        return new LineTerms(
                UUID.randomUUID(),
                "RMA-00000001",
                UUID.randomUUID(),
                1,
                "sam@example.com",
                reason,
                Resolution.REFUND,
                Money.of(unitPrice, "USD"),
                quantity,
                Money.of(restockingFeeForLine, "USD"),
                true,
                null,
                null);
    }

    static Money usd(String amount) {
        return Money.of(amount, "USD");
    }
}
