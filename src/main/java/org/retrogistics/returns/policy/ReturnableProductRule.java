package org.retrogistics.returns.policy;

import java.util.Optional;
import org.retrogistics.returns.ReturnCandidate;
import org.retrogistics.returns.ReturnKind;
import org.retrogistics.returns.ReturnPolicy;

/**
 * A product marked not returnable, a category the policy excludes, or a final-sale line cannot be sent back for a
 * change of mind; a product fault still can.
 */
public class ReturnableProductRule implements PolicyRule {

    @Override
    public Optional<Finding> check(ReturnCandidate c, ReturnPolicy policy) {
        if (c.reason().productFault() || c.kind() != ReturnKind.CUSTOMER_RETURN) {
            return Optional.empty();
        }
        if (!c.product().returnable()) {
            return Finding.reject(
                    "product-not-returnable", c.product().name() + " is not returnable unless it is faulty");
        }
        if (policy.nonReturnableCategories().contains(c.product().category())) {
            return Finding.reject(
                    "category-not-returnable",
                    "Items in category '" + c.product().category() + "' cannot be returned unless faulty");
        }
        if (c.hasOrder() && c.orderLine().finalSale()) {
            return Finding.reject("final-sale", c.product().name() + " was sold as final sale");
        }
        return Optional.empty();
    }
}
