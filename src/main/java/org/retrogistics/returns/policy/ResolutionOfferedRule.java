package org.retrogistics.returns.policy;

import java.util.Optional;
import org.retrogistics.returns.Resolution;
import org.retrogistics.returns.ReturnCandidate;
import org.retrogistics.returns.ReturnKind;
import org.retrogistics.returns.ReturnPolicy;

/** The customer may ask only for a resolution the client offers; take-backs and delivery failures ask for none. */
public class ResolutionOfferedRule implements PolicyRule {

    @Override
    public Optional<Finding> check(ReturnCandidate c, ReturnPolicy policy) {
        if (c.resolution() == Resolution.NONE) {
            return c.kind() == ReturnKind.CUSTOMER_RETURN || c.kind() == ReturnKind.WARRANTY_CLAIM
                    ? Finding.reject("resolution-required", "Choose one of " + policy.offeredResolutions())
                    : Optional.empty();
        }
        if (!policy.offeredResolutions().contains(c.resolution())) {
            return Finding.reject(
                    "resolution-not-offered",
                    c.resolution() + " is not offered; the policy offers " + policy.offeredResolutions());
        }
        return Optional.empty();
    }
}
