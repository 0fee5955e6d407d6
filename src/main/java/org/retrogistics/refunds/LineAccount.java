package org.retrogistics.refunds;

import java.util.Objects;
import java.util.UUID;
import org.retrogistics.refunds.RefundRefusals.LineAlreadyResolved;
import org.retrogistics.refunds.RefundRefusals.RefundExceedsPaid;
import org.retrogistics.shared.Money;

/**
 * What was paid for one return line and how much of it, in money and in units, resolutions have used; and, for a line
 * from an order, what was paid for the whole order line and how much every return of it has used. Every resolution
 * commits here first (both rows locked); the tables' checks repeat the rule, so neither a concurrent request nor a
 * sequence of returns, cancellations and new returns of the same order line can pay out more than was paid for it.
 */
public final class LineAccount {

    private final UUID returnLineId;
    private final String rmaNumber;
    private final int lineNo;
    private final Money paid;
    private final int quantity;
    private Money committed;
    private int committedUnits;
    private final UUID orderLineId;
    private final Money orderLinePaid;
    private Money orderLineCommitted;

    /** What was paid for one return line and what its resolutions have used so far. */
    public record LineBalance(
            UUID returnLineId,
            String rmaNumber,
            int lineNo,
            Money paid,
            int quantity,
            Money committed,
            int committedUnits) {}

    /** What was paid for the whole order line and what every return of it has used so far. */
    public record OrderLineBalance(UUID orderLineId, Money paid, Money committed) {}

    /** The account of a line whose order line is not tracked (no cap across returns). */
    public LineAccount(LineBalance line) {
        this(line, null);
    }

    /** The account of a line, capped as well by its order line's balance when {@code orderLine} is not null. */
    public LineAccount(LineBalance line, OrderLineBalance orderLine) {
        this.orderLineId = orderLine == null ? null : orderLine.orderLineId();
        this.orderLinePaid = orderLine == null ? null : orderLine.paid();
        this.orderLineCommitted = orderLine == null ? null : orderLine.committed();
        this.returnLineId = Objects.requireNonNull(line.returnLineId());
        this.rmaNumber = line.rmaNumber();
        this.lineNo = line.lineNo();
        this.paid = line.paid();
        this.quantity = line.quantity();
        this.committed = line.committed();
        this.committedUnits = line.committedUnits();
    }

    /** Takes units and money from the line; refused, changing nothing, when either would exceed what there is. */
    public void commit(Money amount, int units) {
        if (units < 0 || amount.amount().signum() < 0) {
            throw new IllegalArgumentException("a commitment is never negative");
        }
        if (committedUnits + units > quantity) {
            throw new LineAlreadyResolved(rmaNumber, lineNo, units, quantity - committedUnits);
        }
        if (committed.plus(amount).isGreaterThan(paid)
                || (orderLineCommitted != null
                        && orderLineCommitted.plus(amount).isGreaterThan(orderLinePaid))) {
            throw new RefundExceedsPaid(rmaNumber, lineNo, amount, remaining());
        }
        committed = committed.plus(amount);
        committedUnits += units;
        if (orderLineCommitted != null) {
            orderLineCommitted = orderLineCommitted.plus(amount);
        }
    }

    /** Gives back what a cancelled movement had taken. */
    public void release(Money amount, int units) {
        if (amount.isGreaterThan(committed) || units > committedUnits) {
            throw new IllegalStateException("release of more than was committed on " + rmaNumber + "/" + lineNo);
        }
        committed = committed.minus(amount);
        committedUnits -= units;
        if (orderLineCommitted != null) {
            orderLineCommitted = orderLineCommitted.minus(amount);
        }
    }

    /** What is left to give back on this line: of what was paid for it, and of what was paid for its order line. */
    public Money remaining() {
        Money left = paid.minus(committed);
        if (orderLineCommitted != null) {
            Money orderLineLeft = orderLinePaid.minus(orderLineCommitted);
            return orderLineLeft.isGreaterThan(left) ? left : orderLineLeft;
        }
        return left;
    }

    public UUID orderLineId() {
        return orderLineId;
    }

    /** What every return of the order line has used, or null for a line without an order. */
    public Money orderLineCommitted() {
        return orderLineCommitted;
    }

    public int remainingUnits() {
        return quantity - committedUnits;
    }

    public UUID returnLineId() {
        return returnLineId;
    }

    public Money paid() {
        return paid;
    }

    public int quantity() {
        return quantity;
    }

    public Money committed() {
        return committed;
    }

    public int committedUnits() {
        return committedUnits;
    }
}
