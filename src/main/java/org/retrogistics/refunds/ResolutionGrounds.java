package org.retrogistics.refunds;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.retrogistics.refunds.RefundAllowance.Allowance;
import org.retrogistics.refunds.RefundAllowance.Condition;
import org.retrogistics.refunds.RefundRefusals.InvalidResolution;
import org.retrogistics.refunds.RefundRefusals.NothingPaid;
import org.retrogistics.refunds.RefundRefusals.ReturnNotResolvable;
import org.retrogistics.refunds.internal.LineAccounts;
import org.retrogistics.refunds.internal.ReturnLineTerms;
import org.retrogistics.returns.Resolution;
import org.retrogistics.returns.ReturnForMoney;
import org.retrogistics.returns.ReturnSettlement;
import org.retrogistics.returns.ReturnStatus;
import org.retrogistics.shared.ClientId;
import org.retrogistics.shared.Money;
import org.springframework.stereotype.Component;

/**
 * Opens a resolution: checks the return can be resolved, takes the return's lock and then the line's account (always
 * in that order), and works out what the policy allows for the units it names.
 */
@Component
class ResolutionGrounds {

    static final Set<ReturnStatus> RESOLVABLE = Set.of(
            ReturnStatus.AUTHORIZED,
            ReturnStatus.IN_TRANSIT,
            ReturnStatus.PARTIALLY_RECEIVED,
            ReturnStatus.RECEIVED,
            ReturnStatus.LOST,
            ReturnStatus.CLOSED);

    private final ReturnSettlement settlement;
    private final ReturnLineTerms lineTerms;
    private final LineAccounts accounts;
    private final EarlierResolutions earlier;
    private final InspectionFindings findings;
    private final Clock clock;

    ResolutionGrounds(
            ReturnSettlement settlement,
            ReturnLineTerms lineTerms,
            LineAccounts accounts,
            EarlierResolutions earlier,
            InspectionFindings findings,
            Optional<Clock> clock) {
        this.settlement = settlement;
        this.lineTerms = lineTerms;
        this.accounts = accounts;
        this.earlier = earlier;
        this.findings = findings;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    Resolving open(ResolveLine c) {
        ClientId client = c.client();
        int quantity = c.quantity();
        int lineQuantity = c.line().quantity();
        if (quantity < 1 || quantity > lineQuantity) {
            throw new InvalidResolution(c.r().rmaNumber() + " line " + c.line().lineNo() + " has " + lineQuantity
                    + " unit(s); resolve 1 to " + lineQuantity + ", not " + quantity);
        }
        // read afresh under the return's lock: a cancellation committed meanwhile is seen, never paid past
        ReturnForMoney r = settlement.lock(client, c.r().id());
        ReturnForMoney.Line line = r.line(c.line().lineNo());
        if (!RESOLVABLE.contains(r.status())) {
            throw new ReturnNotResolvable(r.rmaNumber(), r.status());
        }
        LineTerms terms = lineTerms.of(client, r, line);
        if (!terms.fromOrder() && !givesGoodsOrNothing(c.kind())) {
            throw new NothingPaid(r.rmaNumber(), line.lineNo());
        }
        Instant now = clock.instant();
        LineAccount account = accounts.lock(client, terms);
        List<UUID> units = c.units() != null ? c.units() : earlier.freeUnits(client, r, line, quantity);
        Condition condition = c.condition() != null ? c.condition() : findings.worstCondition(client, units);
        Money shippingDue = earlier.shippingFeeDue(
                client, r, Money.zero(terms.paidUnitPrice().currency()));
        Allowance allowance =
                RefundAllowance.of(terms, account.committedUnits(), quantity, c.kind(), shippingDue, condition);
        String hold = c.hold() != null ? c.hold() : findings.holdOn(client, units);
        return new Resolving(c, terms, account, units, allowance, hold, now);
    }

    /** Resolutions that need nothing paid for the line. */
    private static boolean givesGoodsOrNothing(Resolution kind) {
        return kind == Resolution.REPAIR || kind == Resolution.REPLACEMENT || kind == Resolution.KEEP_IT;
    }
}
