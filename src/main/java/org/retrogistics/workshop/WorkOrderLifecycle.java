package org.retrogistics.workshop;

import static org.retrogistics.workshop.WorkOrderStatus.ASSIGNED;
import static org.retrogistics.workshop.WorkOrderStatus.CANCELLED;
import static org.retrogistics.workshop.WorkOrderStatus.DONE;
import static org.retrogistics.workshop.WorkOrderStatus.IN_PROGRESS;
import static org.retrogistics.workshop.WorkOrderStatus.OPEN;
import static org.retrogistics.workshop.WorkOrderTrigger.ASSIGN;
import static org.retrogistics.workshop.WorkOrderTrigger.CANCEL;
import static org.retrogistics.workshop.WorkOrderTrigger.COMPLETE;
import static org.retrogistics.workshop.WorkOrderTrigger.PAUSE;
import static org.retrogistics.workshop.WorkOrderTrigger.START;

import java.util.List;
import java.util.Optional;

/** The work order's lifecycle as data; the aggregate asks this table and a test draws the diagram from it. */
public final class WorkOrderLifecycle {

    /** One allowed move. */
    public record Transition(WorkOrderStatus from, WorkOrderTrigger trigger, WorkOrderStatus to) {}

    public static final List<Transition> TABLE = List.of(
            new Transition(OPEN, ASSIGN, ASSIGNED),
            // handed to another qualified technician
            new Transition(ASSIGNED, ASSIGN, ASSIGNED),
            new Transition(ASSIGNED, START, IN_PROGRESS),
            // waiting for parts: back in the technician's queue
            new Transition(IN_PROGRESS, PAUSE, ASSIGNED),
            new Transition(IN_PROGRESS, COMPLETE, DONE),
            new Transition(OPEN, CANCEL, CANCELLED),
            new Transition(ASSIGNED, CANCEL, CANCELLED),
            new Transition(IN_PROGRESS, CANCEL, CANCELLED));

    private WorkOrderLifecycle() {}

    public static Optional<WorkOrderStatus> next(WorkOrderStatus from, WorkOrderTrigger trigger) {
        return TABLE.stream()
                .filter(t -> t.from() == from && t.trigger() == trigger)
                .map(Transition::to)
                .findFirst();
    }
}
