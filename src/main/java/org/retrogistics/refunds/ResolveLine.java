package org.retrogistics.refunds;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.retrogistics.refunds.RefundAllowance.Condition;
import org.retrogistics.returns.Resolution;
import org.retrogistics.returns.ReturnForMoney;
import org.retrogistics.shared.ClientId;

/**
 * A command to resolve units of a return line, by hand or at the step the return's policy names.
 *
 * @param requestedAmount the amount an agent asked for (null: what the policy allows)
 * @param goodsSku the item an exchange sends out instead (null otherwise)
 * @param units the units resolved (null: chosen from the line's units not resolved yet)
 * @param condition the units' grades (null: the worst grades inspection found on them)
 * @param hold why the money must wait (null: any hold recorded on the units)
 * @param step the step that resolves it, written on the money movements
 * @param sourceKey what made it, unique per client, so an event handled twice resolves once
 * @param by who resolved it
 */
record ResolveLine(
        ClientId client,
        ReturnForMoney r,
        ReturnForMoney.Line line,
        Resolution kind,
        int quantity,
        BigDecimal requestedAmount,
        String goodsSku,
        List<UUID> units,
        Condition condition,
        String hold,
        String step,
        String sourceKey,
        String by) {

    /** What the customer asked for on the line, for what the policy allows, at the policy's step. */
    static ResolveLine byPolicy(
            ClientId client, ReturnForMoney r, ReturnForMoney.Line line, int quantity, String step, String sourceKey) {
        return new ResolveLine(
                client,
                r,
                line,
                line.requestedResolution(),
                quantity,
                null,
                null,
                null,
                null,
                null,
                step,
                sourceKey,
                "policy");
    }

    /** The same command for units whose grades and hold inspection has just given. */
    ResolveLine inspected(List<UUID> inspectedUnits, Condition grades, String heldFor) {
        return new ResolveLine(
                client,
                r,
                line,
                kind,
                quantity,
                requestedAmount,
                goodsSku,
                inspectedUnits,
                grades,
                heldFor,
                step,
                sourceKey,
                by);
    }
}
