package org.retrogistics.returns.policy;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.retrogistics.returns.ReturnCandidate;
import org.retrogistics.returns.ReturnPolicy;

/**
 * A defect is judged by the warranty, not the return window: inside the return window it is always accepted, after it
 * only while the product's warranty runs.
 */
public class WarrantyRule implements PolicyRule {

    @Override
    public Optional<Finding> check(ReturnCandidate c, ReturnPolicy policy) {
        if (!c.reason().defectClaim() || !c.hasOrder() || c.orderLine().deliveredAt() == null) {
            return Optional.empty();
        }
        LocalDate delivered = LocalDate.ofInstant(c.orderLine().deliveredAt(), ZoneOffset.UTC);
        LocalDate today = LocalDate.ofInstant(c.now(), ZoneOffset.UTC);
        if (!today.isAfter(delivered.plusDays(policy.windowDays()))) {
            return Optional.empty();
        }
        int months = c.product().warrantyMonths();
        LocalDate warrantyEnd = delivered.plusMonths(months);
        if (months == 0 || today.isAfter(warrantyEnd)) {
            return Finding.reject(
                    "warranty-expired",
                    months == 0
                            ? c.product().name() + " has no warranty and the return window has closed"
                            : "The " + months + "-month warranty ended on " + warrantyEnd + " (delivered " + delivered
                                    + ")");
        }
        return Optional.empty();
    }
}
