package org.retrogistics.refunds;

import static org.retrogistics.refunds.MovementStatus.CANCELLED;
import static org.retrogistics.refunds.MovementStatus.FAILED;
import static org.retrogistics.refunds.MovementStatus.HELD;
import static org.retrogistics.refunds.MovementStatus.ISSUED;
import static org.retrogistics.refunds.MovementStatus.PENDING;
import static org.retrogistics.refunds.MovementStatus.RETRYING;
import static org.retrogistics.refunds.MovementTrigger.CANCEL;
import static org.retrogistics.refunds.MovementTrigger.FAIL;
import static org.retrogistics.refunds.MovementTrigger.HOLD;
import static org.retrogistics.refunds.MovementTrigger.ISSUE;
import static org.retrogistics.refunds.MovementTrigger.RELEASE;
import static org.retrogistics.refunds.MovementTrigger.RETRY;
import static org.retrogistics.shared.Lifecycle.move;

import java.util.List;
import org.retrogistics.shared.Lifecycle;

/**
 * A money movement's lifecycle as data: one row per allowed move. The aggregate asks this table and nothing else, and
 * a test draws the state diagram in docs/ from it.
 */
public final class MoneyMovementLifecycle {

    public static final Lifecycle<MovementStatus, MovementTrigger> TABLE = Lifecycle.of(
            PENDING,
            List.of(
                    move(PENDING, ISSUE, ISSUED),
                    move(PENDING, FAIL, FAILED),
                    // inspection held a unit: nothing is paid until a manager releases it
                    move(PENDING, HOLD, HELD),
                    move(HELD, RELEASE, PENDING),
                    move(FAILED, HOLD, HELD),
                    move(FAILED, RETRY, RETRYING),
                    move(RETRYING, ISSUE, ISSUED),
                    move(RETRYING, FAIL, FAILED),
                    move(PENDING, CANCEL, CANCELLED),
                    move(HELD, CANCEL, CANCELLED),
                    move(FAILED, CANCEL, CANCELLED)));

    private MoneyMovementLifecycle() {}
}
