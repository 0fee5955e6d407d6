package org.retrogistics.returns;

import java.util.List;
import java.util.Optional;
import org.retrogistics.returns.internal.ReturnPolicyRepository;
import org.retrogistics.shared.ClientId;
import org.retrogistics.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A client's return policy versions: the current one judges new returns, older ones stay for the record. */
@Service
@Transactional(readOnly = true)
public class ReturnPolicies {

    private final ReturnPolicyRepository policies;

    ReturnPolicies(ReturnPolicyRepository policies) {
        this.policies = policies;
    }

    public ReturnPolicy current(ClientId client) {
        return policies.findFirstByClientIdOrderByVersionDesc(client.value()).orElseThrow(() -> new NoPolicy());
    }

    /** The terms of the client's current policy, as a value. */
    public PolicyTerms currentTerms(ClientId client) {
        return current(client).terms();
    }

    public List<ReturnPolicy> versions(ClientId client) {
        return policies.findByClientIdOrderByVersionDesc(client.value());
    }

    /**
     * The terms of one version of the client's policy (a return keeps the version it was judged under). Published
     * versions never change, so a module may keep them for as long as it likes.
     */
    public Optional<PolicyTerms> terms(ClientId client, int version) {
        return versions(client).stream()
                .filter(p -> p.getVersion() == version)
                .findFirst()
                .map(ReturnPolicy::terms);
    }

    /** Publishes new terms as the next version; returns already judged keep the version they were judged by. */
    @Transactional
    public ReturnPolicy publish(ClientId client, PolicyTerms terms) {
        int next = policies.findFirstByClientIdOrderByVersionDesc(client.value())
                        .map(ReturnPolicy::getVersion)
                        .orElse(0)
                + 1;
        return policies.saveAndFlush(new ReturnPolicy(client.value(), next, terms));
    }

    /** The client has not published a return policy yet. */
    public static class NoPolicy extends DomainException {
        NoPolicy() {
            super(Kind.CONFLICT, "no-return-policy", "This client has no return policy yet; publish one first");
        }
    }
}
