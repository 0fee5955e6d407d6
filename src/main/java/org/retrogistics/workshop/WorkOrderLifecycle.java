package org.retrogistics.workshop;

import static org.retrogistics.shared.Lifecycle.move;
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
import org.retrogistics.shared.Lifecycle;

/** The work order's lifecycle as data; the aggregate asks this table and a test draws the diagram from it. */
public final class WorkOrderLifecycle {

    public static final Lifecycle<WorkOrderStatus, WorkOrderTrigger> TABLE = Lifecycle.of(
            OPEN,
            List.of(
                    move(OPEN, ASSIGN, ASSIGNED),
                    // handed to another qualified technician
                    move(ASSIGNED, ASSIGN, ASSIGNED),
                    move(ASSIGNED, START, IN_PROGRESS),
                    // waiting for parts: back in the technician's queue
                    move(IN_PROGRESS, PAUSE, ASSIGNED),
                    move(IN_PROGRESS, COMPLETE, DONE),
                    move(OPEN, CANCEL, CANCELLED),
                    move(ASSIGNED, CANCEL, CANCELLED),
                    move(IN_PROGRESS, CANCEL, CANCELLED)));

    private WorkOrderLifecycle() {}
}
