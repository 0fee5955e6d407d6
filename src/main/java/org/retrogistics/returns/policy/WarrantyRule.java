package org.retrogistics.returns.policy;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.retrogistics.returns.ReturnCandidate;
import org.retrogistics.returns.ReturnPolicy;

/**
 * A defect is judged by the warranty, not the return window: while the return window is open (the same instant rule
 * as {@link ReturnWindowRule}) it is always accepted, after it only while the product's warranty runs (its months
 * counted from the delivery instant, in UTC).
 */
public class WarrantyRule implements PolicyRule {

    @Override
    public Optional<Finding> check(ReturnCandidate c, ReturnPolicy policy) {
        if (!c.reason().defectClaim() || !c.hasOrder() || c.orderLine().deliveredAt() == null) {
            return Optional.empty();
        }
        Instant delivered = c.orderLine().deliveredAt();
        if (policy.windowOpen(delivered, c.now())) {
            return Optional.empty();
        }
        int months = c.product().warrantyMonths();
        Instant warrantyEnd =
                delivered.atZone(ZoneOffset.UTC).plusMonths(months).toInstant();
        if (months == 0 || !c.now().isBefore(warrantyEnd)) {
            return Finding.reject(
                    "warranty-expired",
                    months == 0
                            ? c.product().name() + " has no warranty and the return window has closed"
                            : "The " + months + "-month warranty ended at " + warrantyEnd + " (delivered " + delivered
                                    + ")");
        }
        return Optional.empty();
    }
}
