package org.retrogistics.resale;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.retrogistics.custody.CustodyEventType;
import org.retrogistics.custody.CustodyLedger;
import org.retrogistics.custody.CustodyMove;
import org.retrogistics.custody.WarehouseLocation;
import org.retrogistics.shared.ClientId;
import org.retrogistics.shared.RecoveryFacts;
import org.retrogistics.shared.UnitFateReached;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** What a sale does beyond the listing or lot: the unit leaves our custody to the buyer, and the money is told. */
@Component
class BuyerHandover {

    /** Who a unit goes to, on whose word, and why. */
    record Release(String buyer, Instant at, String actor, String reference, String note) {}

    private final CustodyLedger custody;
    private final ApplicationEventPublisher events;

    BuyerHandover(CustodyLedger custody, ApplicationEventPublisher events) {
        this.custody = custody;
        this.events = events;
    }

    /** The unit leaves the outbound area to the buyer. */
    void release(ClientId client, UUID unit, Release release) {
        custody.record(
                client,
                unit,
                new CustodyMove(
                        CustodyEventType.RELEASED,
                        WarehouseLocation.OUTBOUND.name(),
                        release.buyer(),
                        release.at(),
                        release.actor(),
                        release.reference(),
                        release.note()));
    }

    /** The unit is reused (the diversion report's REUSE), sold on the listing or lot named. */
    void reused(ClientId client, UUID unit, String kind, String number, Instant at) {
        events.publishEvent(new UnitFateReached(unit, client, UnitFateReached.Fate.REUSE, null, kind, number, at));
    }

    /** The sale's money for the recovery ledger. */
    void recovered(List<RecoveryFacts.Entry> facts, Instant at) {
        events.publishEvent(new RecoveryFacts(facts, at));
    }
}
