package org.retrogistics.recycling;

import static org.retrogistics.recycling.BatchStatus.CANCELLED;
import static org.retrogistics.recycling.BatchStatus.CLOSED;
import static org.retrogistics.recycling.BatchStatus.OPEN;
import static org.retrogistics.recycling.BatchStatus.SHIPPED;
import static org.retrogistics.recycling.BatchTrigger.ADD_UNIT;
import static org.retrogistics.recycling.BatchTrigger.CANCEL;
import static org.retrogistics.recycling.BatchTrigger.CLOSE;
import static org.retrogistics.recycling.BatchTrigger.SHIP;
import static org.retrogistics.shared.Lifecycle.move;

import java.util.List;
import org.retrogistics.shared.Lifecycle;

/** The recycling batch's lifecycle as data; the aggregate asks this table and a test draws the diagram from it. */
public final class RecyclingBatchLifecycle {

    public static final Lifecycle<BatchStatus, BatchTrigger> TABLE = Lifecycle.of(
            OPEN,
            List.of(
                    // units and parts are added only while the batch is open
                    move(OPEN, ADD_UNIT, OPEN),
                    move(OPEN, SHIP, SHIPPED),
                    // the recycler processed it: method, date and the certificate
                    move(SHIPPED, CLOSE, CLOSED),
                    // called off before it left: its units stay in the warehouse
                    move(OPEN, CANCEL, CANCELLED)));

    private RecyclingBatchLifecycle() {}
}
