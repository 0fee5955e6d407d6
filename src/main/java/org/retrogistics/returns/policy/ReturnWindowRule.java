package org.retrogistics.returns.policy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.retrogistics.returns.ReturnCandidate;
import org.retrogistics.returns.ReturnKind;
import org.retrogistics.returns.ReturnPolicy;

/**
 * The return window, counted in days from delivery. Defect claims are not judged here but by the warranty
 * ({@link WarrantyRule}); an order not yet delivered goes to review.
 */
public class ReturnWindowRule implements PolicyRule {

    @Override
    public Optional<Finding> check(ReturnCandidate c, ReturnPolicy policy) {
        if (!c.hasOrder()
                || c.kind() != ReturnKind.CUSTOMER_RETURN
                || c.reason().defectClaim()) {
            return Optional.empty();
        }
        if (c.orderLine().deliveredAt() == null) {
            return Finding.review(
                    "not-delivered", "Order " + c.orderLine().orderNumber() + " has no delivery on record yet");
        }
        long days = Duration.between(c.orderLine().deliveredAt(), c.now()).toDays();
        if (days > policy.windowDays()) {
            LocalDate delivered = LocalDate.ofInstant(c.orderLine().deliveredAt(), ZoneOffset.UTC);
            return Finding.reject(
                    "return-window-closed",
                    "The " + policy.windowDays() + "-day return window closed on "
                            + delivered.plusDays(policy.windowDays()) + " (delivered " + delivered + ")");
        }
        return Optional.empty();
    }
}
