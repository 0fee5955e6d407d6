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
import static org.retrogistics.shared.Lifecycle.move;

import java.util.List;
import org.retrogistics.shared.Lifecycle;

/** The lot's lifecycle as data; the aggregate asks this table and a test draws the diagram from it. */
public final class LotLifecycle {

    public static final Lifecycle<LotStatus, LotTrigger> TABLE = Lifecycle.of(
            OPEN,
            List.of(
                    move(OPEN, ADD_UNITS, OPEN),
                    move(OPEN, CLOSE, CLOSED),
                    // a buyer wants more, or a unit must come out: open again, the manifest changes
                    move(CLOSED, REOPEN, OPEN),
                    move(CLOSED, SELL, SOLD),
                    move(OPEN, CANCEL, CANCELLED),
                    move(CLOSED, CANCEL, CANCELLED)));

    private LotLifecycle() {}
}
