package org.retrogistics.returns.policy;

import java.util.Optional;
import org.retrogistics.returns.ReturnCandidate;
import org.retrogistics.returns.ReturnKind;
import org.retrogistics.returns.ReturnPolicy;

/**
 * What a shopper sends back must have reached them: a customer return or warranty claim on an order with no delivery
 * on record is refused ({@code order-not-delivered}), unless the policy sends such returns to review ({@link
 * ReturnPolicy#reviewUndelivered()}). A parcel the carrier could not deliver comes back as a delivery failure instead.
 */
public class DeliveredOrderRule implements PolicyRule {

    @Override
    public Optional<Finding> check(ReturnCandidate c, ReturnPolicy policy) {
        boolean shopperAsks = c.kind() == ReturnKind.CUSTOMER_RETURN || c.kind() == ReturnKind.WARRANTY_CLAIM;
        if (!shopperAsks || !c.hasOrder() || c.orderLine().deliveredAt() != null) {
            return Optional.empty();
        }
        String order = c.orderLine().orderNumber();
        if (policy.reviewUndelivered()) {
            return Finding.review(
                    "not-delivered", "Order " + order + " has no delivery on record yet: an agent checks it");
        }
        return Finding.reject(
                "order-not-delivered",
                "Order " + order + " has no delivery on record; a return can be asked for once it is delivered");
    }
}
