package org.retrogistics.recycling;

import static org.retrogistics.recycling.BatchStatus.CANCELLED;
import static org.retrogistics.recycling.BatchStatus.CLOSED;
import static org.retrogistics.recycling.BatchStatus.OPEN;
import static org.retrogistics.recycling.BatchStatus.SHIPPED;
import static org.retrogistics.recycling.BatchTrigger.ADD_UNIT;
import static org.retrogistics.recycling.BatchTrigger.CANCEL;
import static org.retrogistics.recycling.BatchTrigger.CLOSE;
import static org.retrogistics.recycling.BatchTrigger.SHIP;

import java.util.List;
import java.util.Optional;

/** The recycling batch's lifecycle as data; the aggregate asks this table and a test draws the diagram from it. */
public final class RecyclingBatchLifecycle {

    /** One allowed move. */
    public record Transition(BatchStatus from, BatchTrigger trigger, BatchStatus to) {}

    public static final List<Transition> TABLE = List.of(
            // units and parts are added only while the batch is open
            new Transition(OPEN, ADD_UNIT, OPEN),
            new Transition(OPEN, SHIP, SHIPPED),
            // the recycler processed it: method, date and the certificate
            new Transition(SHIPPED, CLOSE, CLOSED),
            // called off before it left: its units stay in the warehouse
            new Transition(OPEN, CANCEL, CANCELLED));

    private RecyclingBatchLifecycle() {}

    public static Optional<BatchStatus> next(BatchStatus from, BatchTrigger trigger) {
        return TABLE.stream()
                .filter(t -> t.from() == from && t.trigger() == trigger)
                .map(Transition::to)
                .findFirst();
    }
}
