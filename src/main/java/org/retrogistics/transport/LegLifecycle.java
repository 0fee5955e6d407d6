package org.retrogistics.transport;

import static org.retrogistics.shared.Lifecycle.move;
import static org.retrogistics.transport.LegStatus.ARRIVED;
import static org.retrogistics.transport.LegStatus.CANCELLED;
import static org.retrogistics.transport.LegStatus.DISPATCHED;
import static org.retrogistics.transport.LegStatus.PLANNED;

import java.util.List;
import org.retrogistics.shared.Lifecycle;

/** The leg's lifecycle as data: the aggregate asks this table and a test draws the diagram from it. */
public final class LegLifecycle {

    /** What moves a leg. */
    public enum Trigger {
        LOAD,
        DISPATCH,
        ARRIVE,
        CANCEL
    }

    public static final Lifecycle<LegStatus, Trigger> TABLE = Lifecycle.of(
            PLANNED,
            List.of(
                    // containers are loaded while the leg is planned
                    move(PLANNED, Trigger.LOAD, PLANNED),
                    move(PLANNED, Trigger.DISPATCH, DISPATCHED),
                    move(PLANNED, Trigger.CANCEL, CANCELLED),
                    move(DISPATCHED, Trigger.ARRIVE, ARRIVED)));

    private LegLifecycle() {}
}
