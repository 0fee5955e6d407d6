package org.retrogistics.returns;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.retrogistics.access.Actor;
import org.retrogistics.custody.CustodyEventType;
import org.retrogistics.custody.CustodyLedger;
import org.retrogistics.custody.CustodyMove;
import org.retrogistics.custody.ExpectedUnit;
import org.retrogistics.custody.UnitSnapshot;
import org.retrogistics.custody.UnitState;
import org.retrogistics.orders.OrderManagement;
import org.springframework.stereotype.Component;

/** What a return's moves mean for its units' custody and for the quantities it holds on the order lines. */
@Component
class ReturnUnits {

    private final CustodyLedger custody;
    private final OrderManagement orders;
    private final Clock clock;

    ReturnUnits(CustodyLedger custody, OrderManagement orders, Optional<Clock> clock) {
        this.custody = custody;
        this.orders = orders;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** An authorized return's units are expected from the customer, one per unit of each line. */
    void expect(Actor actor, ReturnRequest r) {
        List<ExpectedUnit> expected = new ArrayList<>();
        for (ReturnLine line : r.getLines()) {
            for (int i = 0; i < line.getQuantity(); i++) {
                expected.add(new ExpectedUnit(
                        actor.clientId(),
                        line.getProductId(),
                        line.getSku(),
                        line.getQuantity() == 1 ? line.getSerial() : null,
                        line.getLot(),
                        ReturnManagement.sourceRef(line),
                        "customer",
                        r.getCustomerEmail() == null ? "customer" : r.getCustomerEmail(),
                        actor.name()));
            }
        }
        custody.expectAll(expected);
    }

    /** Records a custody move for every unit of the return still expected or on its way. */
    void move(Actor actor, ReturnRequest r, CustodyEventType type, String location, String holder, String note) {
        List<String> refs =
                r.getLines().stream().map(ReturnManagement::sourceRef).toList();
        for (UnitSnapshot unit : custody.unitsFor(actor.clientId(), refs)) {
            if (unit.state() == UnitState.EXPECTED || unit.state() == UnitState.IN_TRANSIT) {
                custody.record(
                        actor.clientId(),
                        unit.id(),
                        new CustodyMove(type, location, holder, clock.instant(), actor.name(), unit.sourceRef(), note));
            }
        }
    }

    /** Units of one line taken in at a location: as many of those still awaited as were counted; returns them. */
    List<UnitSnapshot> receive(Actor actor, ReturnRequest r, ReturnLine line, int quantity, String location) {
        List<UnitSnapshot> waiting =
                custody.unitsFor(actor.clientId(), List.of(ReturnManagement.sourceRef(line))).stream()
                        .filter(u -> u.state() == UnitState.EXPECTED || u.state() == UnitState.IN_TRANSIT)
                        .limit(quantity)
                        .toList();
        for (UnitSnapshot unit : waiting) {
            custody.record(
                    actor.clientId(),
                    unit.id(),
                    new CustodyMove(
                            CustodyEventType.RECEIVED,
                            location,
                            "warehouse",
                            clock.instant(),
                            actor.name(),
                            ReturnManagement.sourceRef(line),
                            "received on " + r.getRmaNumber()));
        }
        return waiting;
    }

    /** Gives back to the order lines what the ended return no longer holds, and stops expecting its units. */
    void release(Actor actor, ReturnRequest r, String why) {
        r.quantityToRelease()
                .forEach((line, quantity) -> orders.releaseReturn(actor.clientId(), line.getOrderLineId(), quantity));
        if (r.endedWithoutGoods() || r.getStatus() == ReturnStatus.CLOSED) {
            move(actor, r, CustodyEventType.NO_LONGER_EXPECTED, null, null, why);
        }
    }
}
