package org.retrogistics.returns;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.retrogistics.access.Actor;
import org.retrogistics.returns.internal.ReturnRequestRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person ends a return: cancelled before anything moved, or closed. What the ended return no longer holds goes back
 * to its order lines. Both lock the return as settlement does, so a resolution recorded meanwhile is seen
 * (docs/adr/0011).
 */
@Service
public class ClosingReturns {

    private final ReturnLookup lookup;
    private final ReturnSettlement settlement;
    private final ReturnUnits units;
    private final ReturnRequestRepository returns;
    private final Clock clock;

    ClosingReturns(
            ReturnLookup lookup,
            ReturnSettlement settlement,
            ReturnUnits units,
            ReturnRequestRepository returns,
            Optional<Clock> clock) {
        this.lookup = lookup;
        this.settlement = settlement;
        this.units = units;
        this.returns = returns;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Transactional
    public ReturnRequest cancel(Actor actor, UUID id, Long expectedVersion, String reason) {
        ReturnRequest r = lookup.load(actor, id, expectedVersion);
        settlement.lockRequest(actor.clientId(), id); // a resolution recorded meanwhile is seen (docs/adr/0011)
        r.cancel(actor.name(), reason, clock.instant());
        units.release(actor, r, "return cancelled");
        return returns.save(r);
    }

    @Transactional
    public ReturnRequest close(Actor actor, UUID id, Long expectedVersion, String note) {
        return close(actor, id, expectedVersion, note, null);
    }

    /**
     * Closes a return; units still expected go back to their order lines unless money moved or a resolution was given
     * for them. A return whose lines still wait for their resolution closes only with a reason.
     */
    @Transactional
    public ReturnRequest close(Actor actor, UUID id, Long expectedVersion, String note, String reason) {
        ReturnRequest r = lookup.load(actor, id, expectedVersion);
        settlement.lockRequest(actor.clientId(), id);
        r.close(actor.name(), note, reason, clock.instant());
        units.release(actor, r, "closed short");
        return returns.save(r);
    }
}
