package org.retrogistics.refunds;

import org.retrogistics.returns.MoneyMoment;
import org.retrogistics.returns.PolicyTerms;
import org.retrogistics.returns.ReturnForMoney;
import org.retrogistics.returns.ReturnPolicies;
import org.retrogistics.shared.ClientId;
import org.springframework.stereotype.Component;

/** The terms of the return policy version a return was judged under, which say when its money moves. */
@Component
class PolicyVersions {

    private final ReturnPolicies policies;

    PolicyVersions(ReturnPolicies policies) {
        this.policies = policies;
    }

    /** The policy version the return was judged under, or null. */
    PolicyTerms judgedUnder(ClientId client, ReturnForMoney r) {
        return r.policyVersion() == null
                ? null
                : policies.terms(client, r.policyVersion()).orElse(null);
    }

    /** The step at which the return's money moves by itself, or null. */
    MoneyMoment moneyMoves(ClientId client, ReturnForMoney r) {
        PolicyTerms p = judgedUnder(client, r);
        return p == null ? null : p.moneyMoves();
    }
}
