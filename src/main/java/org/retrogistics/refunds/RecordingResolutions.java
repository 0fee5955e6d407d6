package org.retrogistics.refunds;

import org.retrogistics.refunds.RefundManagement.Outcome;
import org.retrogistics.refunds.internal.LineAccounts;
import org.retrogistics.returns.Resolution;
import org.retrogistics.returns.ResolvedUnits;
import org.retrogistics.returns.ReturnSettlement;
import org.retrogistics.shared.ClientId;
import org.springframework.stereotype.Component;

/**
 * Writes what a resolution changed, in its transaction: the line's account, the return, and its money movements, paid
 * now or held.
 */
@Component
class RecordingResolutions {

    private final LineAccounts accounts;
    private final ReturnSettlement settlement;
    private final PayingMovements paying;

    RecordingResolutions(LineAccounts accounts, ReturnSettlement settlement, PayingMovements paying) {
        this.accounts = accounts;
        this.settlement = settlement;
        this.paying = paying;
    }

    void record(Resolving x, Outcome given) {
        accounts.save(x.client(), x.account());
        recordOnReturn(x.command(), !given.movements().isEmpty());
        for (MoneyMovement m : given.movements()) {
            if (x.hold() != null && m.getKind().countsAgainstPaid()) {
                m.hold(x.hold(), x.now());
                paying.save(m);
            } else {
                paying.payAndSave(x.client(), m, x.command().by());
            }
        }
    }

    /**
     * Tells the return what the resolution covers: the units resolved and whether money moved on them (so it cannot be
     * cancelled into giving the quantity back), units the customer keeps, and goods that go back to the customer
     * (returnable again).
     */
    private void recordOnReturn(ResolveLine c, boolean money) {
        ClientId client = c.client();
        Resolution kind = c.kind();
        int lineNo = c.line().lineNo();
        settlement.recordResolution(
                client,
                c.r().id(),
                new ResolvedUnits(lineNo, c.quantity(), money, c.by(), c.quantity() + " unit(s): " + kind));
        switch (kind) {
            case KEEP_IT -> settlement.keep(client, c.r().id(), lineNo, c.quantity(), c.by(), c.step());
            case EXCHANGE, REPLACEMENT -> settlement.giveBack(
                    client,
                    c.r().id(),
                    lineNo,
                    c.quantity(),
                    c.by(),
                    "sent out as " + kind.name().toLowerCase());
            default -> {}
        }
    }
}
