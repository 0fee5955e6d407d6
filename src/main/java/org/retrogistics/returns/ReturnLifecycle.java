package org.retrogistics.returns;

import static org.retrogistics.returns.ReturnStatus.AUTHORIZED;
import static org.retrogistics.returns.ReturnStatus.CANCELLED;
import static org.retrogistics.returns.ReturnStatus.CLOSED;
import static org.retrogistics.returns.ReturnStatus.EXPIRED;
import static org.retrogistics.returns.ReturnStatus.IN_TRANSIT;
import static org.retrogistics.returns.ReturnStatus.LOST;
import static org.retrogistics.returns.ReturnStatus.PARTIALLY_RECEIVED;
import static org.retrogistics.returns.ReturnStatus.RECEIVED;
import static org.retrogistics.returns.ReturnStatus.REJECTED;
import static org.retrogistics.returns.ReturnStatus.REQUESTED;
import static org.retrogistics.returns.ReturnStatus.UNDER_REVIEW;
import static org.retrogistics.returns.ReturnTrigger.AUTHORIZE;
import static org.retrogistics.returns.ReturnTrigger.CANCEL;
import static org.retrogistics.returns.ReturnTrigger.CLOSE;
import static org.retrogistics.returns.ReturnTrigger.EXPIRE;
import static org.retrogistics.returns.ReturnTrigger.LOSE;
import static org.retrogistics.returns.ReturnTrigger.RECEIVE_ALL;
import static org.retrogistics.returns.ReturnTrigger.RECEIVE_PART;
import static org.retrogistics.returns.ReturnTrigger.REFER_FOR_REVIEW;
import static org.retrogistics.returns.ReturnTrigger.REJECT;
import static org.retrogistics.returns.ReturnTrigger.SHIP;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The return's lifecycle as data: one row per allowed move. The aggregate asks this table and nothing else, and a
 * test draws the state diagram in docs/ from it, so the picture cannot drift from the code.
 */
public final class ReturnLifecycle {

    /** One allowed move. */
    public record Transition(ReturnStatus from, ReturnTrigger trigger, ReturnStatus to) {}

    public static final List<Transition> TABLE = List.of(
            new Transition(REQUESTED, AUTHORIZE, AUTHORIZED),
            new Transition(REQUESTED, REFER_FOR_REVIEW, UNDER_REVIEW),
            new Transition(REQUESTED, REJECT, REJECTED),
            new Transition(REQUESTED, CANCEL, CANCELLED),
            new Transition(UNDER_REVIEW, AUTHORIZE, AUTHORIZED),
            new Transition(UNDER_REVIEW, REJECT, REJECTED),
            new Transition(UNDER_REVIEW, CANCEL, CANCELLED),
            new Transition(AUTHORIZED, SHIP, IN_TRANSIT),
            // a drop-off at a store or the dock skips the carrier
            new Transition(AUTHORIZED, RECEIVE_PART, PARTIALLY_RECEIVED),
            new Transition(AUTHORIZED, RECEIVE_ALL, RECEIVED),
            new Transition(AUTHORIZED, CANCEL, CANCELLED),
            new Transition(AUTHORIZED, EXPIRE, EXPIRED),
            // settled without the goods (the customer keeps them, or money stays unresolved with a reason)
            new Transition(AUTHORIZED, CLOSE, CLOSED),
            new Transition(IN_TRANSIT, RECEIVE_PART, PARTIALLY_RECEIVED),
            new Transition(IN_TRANSIT, RECEIVE_ALL, RECEIVED),
            new Transition(IN_TRANSIT, LOSE, LOST),
            new Transition(IN_TRANSIT, CLOSE, CLOSED),
            // a lost parcel that turns up after all
            new Transition(LOST, RECEIVE_PART, PARTIALLY_RECEIVED),
            new Transition(LOST, RECEIVE_ALL, RECEIVED),
            new Transition(LOST, CLOSE, CLOSED),
            new Transition(PARTIALLY_RECEIVED, RECEIVE_PART, PARTIALLY_RECEIVED),
            new Transition(PARTIALLY_RECEIVED, RECEIVE_ALL, RECEIVED),
            // the rest will not come: close short
            new Transition(PARTIALLY_RECEIVED, CLOSE, CLOSED),
            new Transition(RECEIVED, CLOSE, CLOSED));

    private ReturnLifecycle() {}

    public static Optional<ReturnStatus> next(ReturnStatus from, ReturnTrigger trigger) {
        return TABLE.stream()
                .filter(t -> t.from() == from && t.trigger() == trigger)
                .map(Transition::to)
                .findFirst();
    }

    public static Set<ReturnTrigger> triggersFrom(ReturnStatus from) {
        Set<ReturnTrigger> triggers = EnumSet.noneOf(ReturnTrigger.class);
        TABLE.stream().filter(t -> t.from() == from).forEach(t -> triggers.add(t.trigger()));
        return triggers;
    }
}
