package org.retrogistics.refunds;

import java.util.Objects;
import java.util.UUID;
import org.retrogistics.refunds.RefundRefusals.LineAlreadyResolved;
import org.retrogistics.refunds.RefundRefusals.RefundExceedsPaid;
import org.retrogistics.shared.Money;

/**
 * What was paid for one return line and how much of it, in money and in units, resolutions have used. Every
 * resolution commits here first (under a row lock); the table's checks repeat the rule, so even a concurrent request
 * cannot pay out more than was paid.
 */
public final class LineAccount {

    private final UUID returnLineId;
    private final String rmaNumber;
    private final int lineNo;
    private final Money paid;
    private final int quantity;
    private Money committed;
    private int committedUnits;

    public LineAccount(
            UUID returnLineId,
            String rmaNumber,
            int lineNo,
            Money paid,
            int quantity,
            Money committed,
            int committedUnits) {
        this.returnLineId = Objects.requireNonNull(returnLineId);
        this.rmaNumber = rmaNumber;
        this.lineNo = lineNo;
        this.paid = paid;
        this.quantity = quantity;
        this.committed = committed;
        this.committedUnits = committedUnits;
    }

    /** Takes units and money from the line; refused, changing nothing, when either would exceed what there is. */
    public void commit(Money amount, int units) {
        if (units < 0 || amount.amount().signum() < 0) {
            throw new IllegalArgumentException("a commitment is never negative");
        }
        if (committedUnits + units > quantity) {
            throw new LineAlreadyResolved(rmaNumber, lineNo, units, quantity - committedUnits);
        }
        if (committed.plus(amount).isGreaterThan(paid)) {
            throw new RefundExceedsPaid(rmaNumber, lineNo, amount, remaining());
        }
        committed = committed.plus(amount);
        committedUnits += units;
    }

    /** Gives back what a cancelled movement had taken. */
    public void release(Money amount, int units) {
        if (amount.isGreaterThan(committed) || units > committedUnits) {
            throw new IllegalStateException("release of more than was committed on " + rmaNumber + "/" + lineNo);
        }
        committed = committed.minus(amount);
        committedUnits -= units;
    }

    public Money remaining() {
        return paid.minus(committed);
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
