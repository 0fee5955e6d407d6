package org.retrogistics.returns;

import java.util.List;
import org.retrogistics.shared.DomainException;

/** The business facts that stop a return from ending or settling as asked; each maps to a stable problem code. */
public final class ReturnRefusals {

    private ReturnRefusals() {}

    /**
     * Money moved on the return (a refund, store credit or exchange difference): cancelling or expiring it would give
     * the order line's quantity back while the money stays out (docs/adr/0011).
     */
    public static class ReturnMoneyMoved extends DomainException {
        public ReturnMoneyMoved(String rma, String action, int units) {
            super(
                    Kind.CONFLICT,
                    "return-money-moved",
                    "Return " + rma + " cannot be " + action + ": money moved on " + units + " unit(s). Settle it: the"
                            + " parcel arrives, is lost, or the customer keeps the items; or cancel its money first");
        }
    }

    /** Units of the return arrived: it cannot be cancelled or expired any more, only closed. */
    public static class ReturnUnitsReceived extends DomainException {
        public ReturnUnitsReceived(String rma, String action, int units) {
            super(
                    Kind.CONFLICT,
                    "return-units-received",
                    "Return " + rma + " cannot be " + action + ": " + units + " unit(s) arrived already; close it"
                            + " instead");
        }
    }

    /** Closing a return while lines still wait for the money or goods the customer asked for needs a reason. */
    public static class CloseNeedsReason extends DomainException {
        public CloseNeedsReason(String rma, List<Integer> lines) {
            super(
                    Kind.REJECTED,
                    "close-needs-reason",
                    "Return " + rma + " has line(s) " + lines + " still waiting for their resolution; give a reason"
                            + " to close it anyway");
        }
    }

    /** The line's units all have a resolution already. */
    public static class LineAlreadySettled extends DomainException {
        public LineAlreadySettled(String rma, int lineNo, int asked, int left) {
            super(
                    Kind.CONFLICT,
                    "line-already-resolved",
                    rma + " line " + lineNo + ": " + asked + " unit(s) asked, " + left
                            + " left without a resolution; a unit is resolved once");
        }
    }

    /** The return is not in a state where a resolution can be given (cancelled, rejected, expired, not yet approved). */
    public static class ReturnNotSettleable extends DomainException {
        public ReturnNotSettleable(String rma, ReturnStatus status) {
            super(
                    Kind.CONFLICT,
                    "return-not-resolvable",
                    "Return " + rma + " is " + status + "; nothing can be resolved on it");
        }
    }
}
