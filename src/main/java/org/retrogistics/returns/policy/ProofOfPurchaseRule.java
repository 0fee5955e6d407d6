package org.retrogistics.returns.policy;

import java.util.Optional;
import org.retrogistics.returns.ReturnCandidate;
import org.retrogistics.returns.ReturnKind;
import org.retrogistics.returns.ReturnPolicy;

/** Returns without an order are allowed only where the client allows them; a warranty claim without one is reviewed. */
public class ProofOfPurchaseRule implements PolicyRule {

    @Override
    public Optional<Finding> check(ReturnCandidate c, ReturnPolicy policy) {
        if (c.hasOrder()) {
            return Optional.empty();
        }
        if (!policy.allowWithoutOrder()) {
            return Finding.reject("order-required", "This client accepts returns only against an order");
        }
        if (c.kind() == ReturnKind.WARRANTY_CLAIM) {
            return Finding.review(
                    "no-proof-of-purchase", "Warranty claim without an order on file: an agent checks the purchase");
        }
        return Optional.empty();
    }
}
