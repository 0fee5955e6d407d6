package org.retrogistics.resale;

import static org.retrogistics.resale.LotStatus.CANCELLED;
import static org.retrogistics.resale.LotStatus.CLOSED;
import static org.retrogistics.resale.LotStatus.OPEN;
import static org.retrogistics.resale.LotStatus.SOLD;
import static org.retrogistics.resale.LotTrigger.ADD_UNITS;
import static org.retrogistics.resale.LotTrigger.CANCEL;
import static org.retrogistics.resale.LotTrigger.CLOSE;
import static org.retrogistics.resale.LotTrigger.REOPEN;
import static org.retrogistics.resale.LotTrigger.SELL;

import java.util.List;
import java.util.Optional;

/** The lot's lifecycle as data; the aggregate asks this table and a test draws the diagram from it. */
public final class LotLifecycle {

    /** One allowed move. */
    public record Transition(LotStatus from, LotTrigger trigger, LotStatus to) {}

    public static final List<Transition> TABLE = List.of(
            new Transition(OPEN, ADD_UNITS, OPEN),
            new Transition(OPEN, CLOSE, CLOSED),
            // a buyer wants more, or a unit must come out: open again, the manifest changes
            new Transition(CLOSED, REOPEN, OPEN),
            new Transition(CLOSED, SELL, SOLD),
            new Transition(OPEN, CANCEL, CANCELLED),
            new Transition(CLOSED, CANCEL, CANCELLED));

    private LotLifecycle() {}

    public static Optional<LotStatus> next(LotStatus from, LotTrigger trigger) {
        return TABLE.stream()
                .filter(t -> t.from() == from && t.trigger() == trigger)
                .map(Transition::to)
                .findFirst();
    }
}
