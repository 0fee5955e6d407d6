package org.retrogistics.returns.policy;

import java.util.Optional;
import org.retrogistics.returns.ReturnCandidate;
import org.retrogistics.returns.ReturnPolicy;

/** One named business rule of a return policy. Silent (empty) when it has nothing against the line. */
public interface PolicyRule {

    Optional<Finding> check(ReturnCandidate candidate, ReturnPolicy policy);

    /** What a rule has against a line: review or reject, a stable code and a sentence for a person. */
    record Finding(org.retrogistics.returns.PolicyOutcome outcome, String code, String reason) {

        static Optional<Finding> reject(String code, String reason) {
            return Optional.of(new Finding(org.retrogistics.returns.PolicyOutcome.REJECT, code, reason));
        }

        static Optional<Finding> review(String code, String reason) {
            return Optional.of(new Finding(org.retrogistics.returns.PolicyOutcome.REVIEW, code, reason));
        }
    }
}
