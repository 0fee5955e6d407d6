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
import static org.retrogistics.shared.Lifecycle.move;

import java.util.List;
import org.retrogistics.shared.Lifecycle;

/**
 * The return's lifecycle as data: one row per allowed move. The aggregate asks this table and nothing else, and a
 * test draws the state diagram in docs/ from it, so the picture cannot drift from the code.
 */
public final class ReturnLifecycle {

    public static final Lifecycle<ReturnStatus, ReturnTrigger> TABLE = Lifecycle.of(
            REQUESTED,
            List.of(
                    move(REQUESTED, AUTHORIZE, AUTHORIZED),
                    move(REQUESTED, REFER_FOR_REVIEW, UNDER_REVIEW),
                    move(REQUESTED, REJECT, REJECTED),
                    move(REQUESTED, CANCEL, CANCELLED),
                    move(UNDER_REVIEW, AUTHORIZE, AUTHORIZED),
                    move(UNDER_REVIEW, REJECT, REJECTED),
                    move(UNDER_REVIEW, CANCEL, CANCELLED),
                    move(AUTHORIZED, SHIP, IN_TRANSIT),
                    // a drop-off at a store or the dock skips the carrier
                    move(AUTHORIZED, RECEIVE_PART, PARTIALLY_RECEIVED),
                    move(AUTHORIZED, RECEIVE_ALL, RECEIVED),
                    move(AUTHORIZED, CANCEL, CANCELLED),
                    move(AUTHORIZED, EXPIRE, EXPIRED),
                    // settled without the goods (the customer keeps them, or money stays unresolved with a reason)
                    move(AUTHORIZED, CLOSE, CLOSED),
                    move(IN_TRANSIT, RECEIVE_PART, PARTIALLY_RECEIVED),
                    move(IN_TRANSIT, RECEIVE_ALL, RECEIVED),
                    move(IN_TRANSIT, LOSE, LOST),
                    move(IN_TRANSIT, CLOSE, CLOSED),
                    // a lost parcel that turns up after all
                    move(LOST, RECEIVE_PART, PARTIALLY_RECEIVED),
                    move(LOST, RECEIVE_ALL, RECEIVED),
                    move(LOST, CLOSE, CLOSED),
                    move(PARTIALLY_RECEIVED, RECEIVE_PART, PARTIALLY_RECEIVED),
                    move(PARTIALLY_RECEIVED, RECEIVE_ALL, RECEIVED),
                    // the rest will not come: close short
                    move(PARTIALLY_RECEIVED, CLOSE, CLOSED),
                    move(RECEIVED, CLOSE, CLOSED)));

    private ReturnLifecycle() {}
}
