package org.retrogistics.returns;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.retrogistics.access.Actor;
import org.retrogistics.custody.CustodyEventType;
import org.retrogistics.returns.internal.ReturnRequestRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The customer hands the parcel to a carrier: the return and its units are in transit. */
@Service
public class ShippingReturns {

    private final ReturnLookup lookup;
    private final ReturnUnits units;
    private final ReturnRequestRepository returns;
    private final Clock clock;

    ShippingReturns(ReturnLookup lookup, ReturnUnits units, ReturnRequestRepository returns, Optional<Clock> clock) {
        this.lookup = lookup;
        this.units = units;
        this.returns = returns;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Transactional
    public ReturnRequest ship(Actor actor, UUID id, Long expectedVersion, String carrier, String trackingNumber) {
        ReturnRequest r = lookup.load(actor, id, expectedVersion);
        r.ship(actor.name(), carrier, trackingNumber, clock.instant());
        units.move(actor, r, CustodyEventType.IN_TRANSIT, "in transit", carrier, "carrier scan " + trackingNumber);
        return returns.save(r);
    }
}
