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

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A money movement's lifecycle as data: one row per allowed move. The aggregate asks this table and nothing else, and
 * a test draws the state diagram in docs/ from it.
 */
public final class MoneyMovementLifecycle {

    /** One allowed move. */
    public record Transition(MovementStatus from, MovementTrigger trigger, MovementStatus to) {}

    public static final List<Transition> TABLE = List.of(
            new Transition(PENDING, ISSUE, ISSUED),
            new Transition(PENDING, FAIL, FAILED),
            // inspection held a unit: nothing is paid until a manager releases it
            new Transition(PENDING, HOLD, HELD),
            new Transition(HELD, RELEASE, PENDING),
            new Transition(FAILED, HOLD, HELD),
            new Transition(FAILED, RETRY, RETRYING),
            new Transition(RETRYING, ISSUE, ISSUED),
            new Transition(RETRYING, FAIL, FAILED),
            new Transition(PENDING, CANCEL, CANCELLED),
            new Transition(HELD, CANCEL, CANCELLED),
            new Transition(FAILED, CANCEL, CANCELLED));

    private MoneyMovementLifecycle() {}

    public static Optional<MovementStatus> next(MovementStatus from, MovementTrigger trigger) {
        return TABLE.stream()
                .filter(t -> t.from() == from && t.trigger() == trigger)
                .map(Transition::to)
                .findFirst();
    }

    public static Set<MovementTrigger> triggersFrom(MovementStatus from) {
        Set<MovementTrigger> triggers = EnumSet.noneOf(MovementTrigger.class);
        TABLE.stream().filter(t -> t.from() == from).forEach(t -> triggers.add(t.trigger()));
        return triggers;
    }
}
