package org.retrogistics.returns;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.retrogistics.access.Actor;
import org.retrogistics.returns.internal.ReturnRequestRepository;
import org.retrogistics.shared.ClientId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Authorized returns never shipped within the policy's days expire, and their quantities go back to the orders. */
@Service
public class ExpiringReturns {

    private final ReturnSettlement settlement;
    private final ReturnUnits units;
    private final ReturnRequestRepository returns;
    private final Clock clock;

    ExpiringReturns(
            ReturnSettlement settlement, ReturnUnits units, ReturnRequestRepository returns, Optional<Clock> clock) {
        this.settlement = settlement;
        this.units = units;
        this.returns = returns;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /**
     * Demo only: moves the ship-by deadline of these authorized returns to a day ago and runs the expiry, so the demo
     * shows an expired return without waiting for one (a return not authorized is left alone).
     */
    @Transactional
    public int expireNowForDemo(List<UUID> returnIds) {
        if (!returnIds.isEmpty()) {
            returns.moveExpiry(
                    returnIds, ReturnStatus.AUTHORIZED, clock.instant().minus(Duration.ofDays(1)));
        }
        return expireOverdue();
    }

    /**
     * Expires authorized returns never shipped within the policy's days; run by a scheduled job. One on which money
     * moved is not expired (its quantity must not go back while the money is out): its timeline says so, once.
     */
    @Transactional
    public int expireOverdue() {
        Instant now = clock.instant();
        List<UUID> overdue = returns.findIdsByStatusAndExpiresAtBefore(ReturnStatus.AUTHORIZED, now);
        int expired = 0;
        for (UUID id : overdue) {
            ReturnRequest r = returns.findById(id).orElseThrow();
            settlement.lockRequest(new ClientId(r.getClientId()), id);
            if (!r.canExpire()) {
                if (r.withholdExpiry(now)) {
                    returns.save(r);
                }
                continue;
            }
            r.expire(now);
            units.release(Actor.system(new ClientId(r.getClientId()), "system"), r, "return expired");
            returns.save(r);
            expired++;
        }
        return expired;
    }
}
