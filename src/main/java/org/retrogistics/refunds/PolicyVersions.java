package org.retrogistics.refunds;

import org.retrogistics.returns.MoneyMoment;
import org.retrogistics.returns.ReturnPolicies;
import org.retrogistics.returns.ReturnPolicy;
import org.retrogistics.returns.ReturnRequest;
import org.retrogistics.shared.ClientId;
import org.springframework.stereotype.Component;

/** The version of the client's return policy a return was judged under, which says when its money moves. */
@Component
class PolicyVersions {

    private final ReturnPolicies policies;

    PolicyVersions(ReturnPolicies policies) {
        this.policies = policies;
    }

    /** The policy version the return was judged under, or null. */
    ReturnPolicy judgedUnder(ClientId client, ReturnRequest r) {
        return policies.versions(client).stream()
                .filter(p -> r.getPolicyVersion() != null && p.getVersion() == r.getPolicyVersion())
                .findFirst()
                .orElse(null);
    }

    /** The step at which the return's money moves by itself, or null. */
    MoneyMoment moneyMoves(ClientId client, ReturnRequest r) {
        ReturnPolicy p = judgedUnder(client, r);
        return p == null ? null : p.moneyMoves();
    }
}
