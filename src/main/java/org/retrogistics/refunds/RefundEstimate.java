package org.retrogistics.refunds;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.retrogistics.refunds.internal.ReturnLineTerms;
import org.retrogistics.returns.MoneyMoment;
import org.retrogistics.returns.PolicyTerms;
import org.retrogistics.returns.Resolution;
import org.retrogistics.returns.ReturnForMoney;
import org.retrogistics.returns.ReturnSettlement;
import org.retrogistics.shared.ClientId;
import org.retrogistics.shared.Money;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a return is expected to give back, before inspection: {@link RefundAllowance} as {@link ResolvingByPolicy} pays
 * it, in line order, for each line's whole quantity at once or unit by unit as the policy's money moment does, with the
 * return-shipping fee taken once, on the first line that pays it. A deduction for damage found at inspection can only
 * lower it.
 */
@Service
@Transactional(readOnly = true)
public class RefundEstimate {

    /**
     * The estimate: each line, the total to the original payment method and in store credit, and the step of the
     * return at which the money moves by itself (null when it moves only when a person decides).
     */
    public record Estimate(List<Line> lines, Money refund, Money storeCredit, MoneyMoment moneyMoves) {}

    /** One line: what was paid for it, the fees the allowance takes and what goes back ({@code money} false: none). */
    public record Line(
            int lineNo,
            Resolution resolution,
            boolean money,
            Money paid,
            Money restockingFee,
            Money shippingFee,
            Money back) {

        Line plus(RefundAllowance.Allowance a) {
            return new Line(
                    lineNo,
                    resolution,
                    money,
                    paid.plus(a.paid()),
                    restockingFee.plus(a.restockingFee()),
                    shippingFee.plus(a.shippingFee()),
                    back.plus(a.allowed()));
        }
    }

    private final ReturnSettlement returns;
    private final ReturnLineTerms lineTerms;
    private final PolicyVersions policies;
    private final RefundsSettings settings;

    RefundEstimate(
            ReturnSettlement returns, ReturnLineTerms lineTerms, PolicyVersions policies, RefundsSettings settings) {
        this.returns = returns;
        this.lineTerms = lineTerms;
        this.policies = policies;
        this.settings = settings;
    }

    /** The estimate for the client's return; it does not change as the money moves. */
    public Estimate of(ClientId client, UUID returnId) {
        ReturnForMoney r = returns.read(client, returnId);
        List<LineTerms> terms =
                r.lines().stream().map(l -> lineTerms.of(client, r, l)).toList();
        Currency currency = terms.isEmpty()
                ? Currency.getInstance("USD")
                : terms.get(0).paidUnitPrice().currency();
        PolicyTerms policy = policies.judgedUnder(client, r);
        MoneyMoment moment = policy == null ? null : policy.moneyMoves();
        // at receipt and after inspection the money moves unit by unit, each unit's fee share rounded on its own
        boolean unitByUnit = moment == MoneyMoment.ON_RECEIPT || moment == MoneyMoment.AFTER_INSPECTION;
        Money zero = Money.zero(currency);
        Money shippingDue = new Money(settings.returnShippingFee(), currency);
        Money refund = zero;
        Money credit = zero;
        List<Line> lines = new ArrayList<>();
        for (LineTerms t : terms) {
            Resolution kind = t.requested();
            if (!t.fromOrder() || (kind != Resolution.REFUND && kind != Resolution.STORE_CREDIT)) {
                lines.add(new Line(t.lineNo(), kind, false, t.paidForLine(), zero, zero, zero));
                continue;
            }
            Line line = new Line(t.lineNo(), kind, true, zero, zero, zero, zero);
            int steps = unitByUnit ? t.quantity() : 1;
            for (int i = 0; i < steps; i++) {
                RefundAllowance.Allowance a = RefundAllowance.of(
                        t, unitByUnit ? i : 0, unitByUnit ? 1 : t.quantity(), kind, shippingDue, null);
                if (a.shippingFee().amount().signum() > 0) {
                    shippingDue = zero; // once per return
                }
                line = line.plus(a);
            }
            lines.add(line);
            if (kind == Resolution.REFUND) {
                refund = refund.plus(line.back());
            } else {
                credit = credit.plus(line.back());
            }
        }
        return new Estimate(List.copyOf(lines), refund, credit, moment);
    }
}
