package org.retrogistics.refunds;

import org.retrogistics.shared.DomainException;
import org.retrogistics.shared.Money;

/** The business facts that stop a resolution or a money movement; each maps to a stable problem code. */
public final class RefundRefusals {

    private RefundRefusals() {}

    /** More would go back than was paid for the line (net of what earlier resolutions used). */
    public static class RefundExceedsPaid extends DomainException {
        public RefundExceedsPaid(String rma, int lineNo, Money asked, Money left) {
            super(
                    Kind.REJECTED,
                    "refund-exceeds-paid",
                    rma + " line " + lineNo + ": " + asked + " asked, but only " + left
                            + " of what was paid is left to give back");
        }
    }

    /** More than the policy allows for these units (after fees and deductions). */
    public static class RefundExceedsAllowed extends DomainException {
        public RefundExceedsAllowed(String rma, int lineNo, Money asked, Money allowed, String why) {
            super(
                    Kind.REJECTED,
                    "refund-exceeds-allowed",
                    rma + " line " + lineNo + ": " + asked + " asked, the policy allows " + allowed + " (" + why + ")");
        }
    }

    /** The units of the line have a resolution already: a second refund for them is refused. */
    public static class LineAlreadyResolved extends DomainException {
        public LineAlreadyResolved(String rma, int lineNo, int asked, int left) {
            super(
                    Kind.CONFLICT,
                    "line-already-resolved",
                    rma + " line " + lineNo + ": " + asked + " unit(s) asked, " + left
                            + " left without a resolution; a unit is refunded or exchanged once");
        }
    }

    /** The item to send out in an exchange or replacement is not in stock. */
    public static class OutOfStock extends DomainException {
        public OutOfStock(String sku, int asked, int available) {
            super(
                    Kind.CONFLICT,
                    "out-of-stock",
                    sku + " is out of stock for exchanges: " + asked + " asked, " + available + " available");
        }
    }

    /** A line without an order: nothing was paid to us, so nothing goes back. */
    public static class NothingPaid extends DomainException {
        public NothingPaid(String rma, int lineNo) {
            super(
                    Kind.REJECTED,
                    "nothing-paid",
                    rma + " line " + lineNo + " has no order: nothing was paid, so no money goes back");
        }
    }

    /** The resolution asked for is not one that can be given. */
    public static class InvalidResolution extends DomainException {
        public InvalidResolution(String message) {
            super(Kind.INVALID, "invalid-resolution", message);
        }
    }

    /** The return is not (or no longer) in a state where it is resolved. */
    public static class ReturnNotResolvable extends DomainException {
        public ReturnNotResolvable(String rma, Object status) {
            super(Kind.CONFLICT, "return-not-resolvable", rma + " is " + status + ": no resolution can be given");
        }
    }

    /** The lifecycle does not allow the move from the movement's current state. */
    public static class MovementTransitionNotAllowed extends DomainException {
        public MovementTransitionNotAllowed(Object id, MovementStatus from, MovementTrigger trigger) {
            super(
                    Kind.CONFLICT,
                    "refund-transition-not-allowed",
                    "Money movement " + id + " is " + from + ": "
                            + trigger.name().toLowerCase() + " is not allowed from there");
        }
    }

    /** The version named by If-Match is not the current one. */
    public static class StaleMovement extends DomainException {
        public StaleMovement(Object id, Long expected, Long actual) {
            super(
                    Kind.CONFLICT,
                    "stale-version",
                    "Money movement " + id + " is at version " + actual + ", not " + expected + "; reload it");
        }
    }

    /** The customer's store-credit balance does not cover the debit. */
    public static class InsufficientStoreCredit extends DomainException {
        public InsufficientStoreCredit(String email, Money asked, Money balance) {
            super(
                    Kind.REJECTED,
                    "insufficient-store-credit",
                    "Store credit of " + email + " is " + balance + ", less than the " + asked + " asked");
        }
    }

    /** A reason is needed (to cancel a movement). */
    public static class ReasonRequired extends DomainException {
        public ReasonRequired(String what) {
            super(Kind.INVALID, "reason-required", "Say why: a reason is required to " + what);
        }
    }
}
