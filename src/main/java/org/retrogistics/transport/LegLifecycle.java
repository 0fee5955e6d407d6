package org.retrogistics.transport;

import static org.retrogistics.transport.LegStatus.ARRIVED;
import static org.retrogistics.transport.LegStatus.CANCELLED;
import static org.retrogistics.transport.LegStatus.DISPATCHED;
import static org.retrogistics.transport.LegStatus.PLANNED;

import java.util.List;
import java.util.Optional;

/** The leg's lifecycle as data: the aggregate asks this table and a test draws the diagram from it. */
public final class LegLifecycle {

    /** What moves a leg. */
    public enum Trigger {
        LOAD,
        DISPATCH,
        ARRIVE,
        CANCEL
    }

    /** One allowed move. */
    public record Transition(LegStatus from, Trigger trigger, LegStatus to) {}

    public static final List<Transition> TABLE = List.of(
            // containers are loaded while the leg is planned
            new Transition(PLANNED, Trigger.LOAD, PLANNED),
            new Transition(PLANNED, Trigger.DISPATCH, DISPATCHED),
            new Transition(PLANNED, Trigger.CANCEL, CANCELLED),
            new Transition(DISPATCHED, Trigger.ARRIVE, ARRIVED));

    private LegLifecycle() {}

    public static Optional<LegStatus> next(LegStatus from, Trigger trigger) {
        return TABLE.stream()
                .filter(t -> t.from() == from && t.trigger() == trigger)
                .map(Transition::to)
                .findFirst();
    }
}
