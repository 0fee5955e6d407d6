package org.retrogistics.refunds;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Optional;
import java.util.UUID;
import org.retrogistics.returns.LostParcelMoney;
import org.retrogistics.returns.MoneyMoment;
import org.retrogistics.returns.PolicyTerms;
import org.retrogistics.returns.ReturnEvents.ReturnAuthorized;
import org.retrogistics.returns.ReturnEvents.ReturnLineReceived;
import org.retrogistics.returns.ReturnEvents.ReturnLost;
import org.retrogistics.returns.ReturnEvents.ReturnShipped;
import org.retrogistics.returns.ReturnPolicies;
import org.retrogistics.shared.ClientId;
import org.springframework.stereotype.Component;

/**
 * Is this step of a return the one at which its policy moves money by itself? The conditions of
 * {@link ResolvingByPolicy}'s listeners ask, in the publishing transaction, so that a step at which no money moves
 * records no event publication and starts no transaction (ADR 0022). It reads only the event and the policy version
 * it names; published versions never change, so they are kept in memory once read. Its methods are public for the
 * expression language, which calls them.
 */
@Component("moneyMoments")
class MoneyMoments {

    private record Version(UUID client, int version) {}

    private final ReturnPolicies policies;
    private final Cache<Version, PolicyTerms> versions =
            Caffeine.newBuilder().maximumSize(10_000).build();

    MoneyMoments(ReturnPolicies policies) {
        this.policies = policies;
    }

    public boolean due(ReturnAuthorized e) {
        return movesAt(e.clientId(), e.policyVersion(), MoneyMoment.ON_REQUEST);
    }

    public boolean due(ReturnShipped e) {
        return movesAt(e.clientId(), e.policyVersion(), MoneyMoment.ON_CARRIER_SCAN);
    }

    public boolean due(ReturnLineReceived e) {
        return movesAt(e.clientId(), e.policyVersion(), MoneyMoment.ON_RECEIPT);
    }

    public boolean due(ReturnLost e) {
        return money(e.clientId(), e.policyVersion())
                .map(m -> m.lostParcelMoney() == LostParcelMoney.AS_REQUESTED)
                .orElse(false);
    }

    private boolean movesAt(UUID client, Integer version, MoneyMoment step) {
        return money(client, version).map(m -> m.moneyMoves() == step).orElse(false);
    }

    /** A return judged under no policy (a recall's) has no money that moves by itself. */
    private Optional<PolicyTerms> money(UUID client, Integer version) {
        if (version == null) {
            return Optional.empty();
        }
        Version key = new Version(client, version);
        PolicyTerms known = versions.getIfPresent(key);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<PolicyTerms> read = policies.terms(new ClientId(client), version);
        read.ifPresent(m -> versions.put(key, m));
        return read;
    }
}
