package org.retrogistics.returns.policy;

import java.util.Optional;
import org.retrogistics.returns.ReturnCandidate;
import org.retrogistics.returns.ReturnKind;
import org.retrogistics.returns.ReturnPolicy;

/**
 * The return window: open while less than {@code windowDays} × 24 hours have passed since delivery, compared as
 * instants ({@link ReturnPolicy#windowClosesAt}). The refusal names the instant it closed, in ISO-8601 UTC. Defect
 * claims are judged by the warranty ({@link WarrantyRule}); an order with no delivery on record by {@link
 * DeliveredOrderRule}.
 */
public class ReturnWindowRule implements PolicyRule {

    @Override
    public Optional<Finding> check(ReturnCandidate c, ReturnPolicy policy) {
        if (!c.hasOrder()
                || c.kind() != ReturnKind.CUSTOMER_RETURN
                || c.reason().defectClaim()
                || c.orderLine().deliveredAt() == null) {
            return Optional.empty();
        }
        if (policy.windowOpen(c.orderLine().deliveredAt(), c.now())) {
            return Optional.empty();
        }
        return Finding.reject(
                "return-window-closed",
                "The " + policy.windowDays() + "-day return window closed at "
                        + policy.windowClosesAt(c.orderLine().deliveredAt()) + " (delivered "
                        + c.orderLine().deliveredAt() + ")");
    }
}
