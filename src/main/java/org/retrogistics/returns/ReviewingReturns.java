package org.retrogistics.returns;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.retrogistics.access.Actor;
import org.retrogistics.returns.internal.ReturnRequestRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A person decides a return the policy sent to review: authorized (its units then expected) or rejected. */
@Service
public class ReviewingReturns {

    private final ReturnLookup lookup;
    private final ReturnPolicies policies;
    private final ReturnUnits units;
    private final ReturnRequestRepository returns;
    private final Clock clock;

    ReviewingReturns(
            ReturnLookup lookup,
            ReturnPolicies policies,
            ReturnUnits units,
            ReturnRequestRepository returns,
            Optional<Clock> clock) {
        this.lookup = lookup;
        this.policies = policies;
        this.units = units;
        this.returns = returns;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Transactional
    public ReturnRequest authorize(Actor actor, UUID id, Long expectedVersion, String note) {
        ReturnRequest r = lookup.load(actor, id, expectedVersion);
        ReturnPolicy policy = policies.current(actor.clientId());
        r.authorize(actor.name(), note == null ? "Approved on review" : note, policy.shipWithinDays(), clock.instant());
        units.expect(actor, r);
        return returns.save(r);
    }

    /** {@link #authorize} for another module, which reads the authorized return as a snapshot. */
    @Transactional
    public ReturnSnapshot authorizeSnapshot(Actor actor, UUID id, Long expectedVersion, String note) {
        return ReturnSnapshot.of(authorize(actor, id, expectedVersion, note));
    }

    @Transactional
    public ReturnRequest reject(Actor actor, UUID id, Long expectedVersion, String reason) {
        ReturnRequest r = lookup.load(actor, id, expectedVersion);
        r.reject(actor.name(), reason, clock.instant());
        units.release(actor, r, "return rejected");
        return returns.save(r);
    }
}
