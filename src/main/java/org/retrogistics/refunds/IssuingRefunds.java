package org.retrogistics.refunds;

import java.util.ArrayList;
import java.util.List;
import org.retrogistics.refunds.RefundAllowance.Allowance;
import org.retrogistics.refunds.RefundManagement.Outcome;
import org.retrogistics.refunds.RefundRefusals.InvalidResolution;
import org.retrogistics.refunds.RefundRefusals.RefundExceedsAllowed;
import org.retrogistics.refunds.RefundRefusals.RefundExceedsPaid;
import org.retrogistics.refunds.internal.LineResolutionRepository;
import org.retrogistics.returns.Resolution;
import org.retrogistics.shared.Money;
import org.springframework.stereotype.Component;

/**
 * A refund to the original payment or store credit: what the policy allows, or less if an agent asks for less, is
 * committed against the line and becomes one money movement (none for nothing).
 */
@Component
class IssuingRefunds {

    private final LineResolutionRepository resolutions;

    IssuingRefunds(LineResolutionRepository resolutions) {
        this.resolutions = resolutions;
    }

    Outcome issue(Resolving x) {
        ResolveLine c = x.command();
        Money amount = amountToIssue(x);
        x.account().commit(amount, c.quantity());
        LineResolution resolution = x.resolution(
                amount.amount(),
                null,
                null,
                amount.currency().getCurrencyCode(),
                x.allowance().explanation());
        resolutions.save(resolution);
        List<MoneyMovement> made = new ArrayList<>();
        if (amount.amount().signum() > 0) {
            MovementKind kind =
                    c.kind() == Resolution.REFUND ? MovementKind.REFUND_TO_ORIGINAL : MovementKind.STORE_CREDIT;
            made.add(x.movement(resolution, kind, amount, c.quantity(), x.allowance()));
        }
        return new Outcome(resolution, made);
    }

    /** What the policy allows, or the amount asked for: positive, within what was paid and what is allowed. */
    private static Money amountToIssue(Resolving x) {
        Allowance allowance = x.allowance();
        Money allowed = allowance.allowed();
        if (x.command().requestedAmount() == null) {
            return allowed;
        }
        String rma = x.command().r().rmaNumber();
        int lineNo = x.command().line().lineNo();
        Money remaining = x.account().remaining();
        Money asked = new Money(x.command().requestedAmount(), allowed.currency());
        if (asked.amount().signum() <= 0) {
            throw new InvalidResolution("a refund is a positive amount, not " + asked);
        }
        if (asked.isGreaterThan(allowance.paid()) || asked.isGreaterThan(remaining)) {
            throw new RefundExceedsPaid(rma, lineNo, asked, min(allowance.paid(), remaining));
        }
        if (asked.isGreaterThan(allowed)) {
            throw new RefundExceedsAllowed(rma, lineNo, asked, allowed, allowance.explanation());
        }
        return asked;
    }

    private static Money min(Money a, Money b) {
        return a.isGreaterThan(b) ? b : a;
    }
}
