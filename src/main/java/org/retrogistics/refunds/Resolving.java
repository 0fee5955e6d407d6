package org.retrogistics.refunds;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.retrogistics.refunds.RefundAllowance.Allowance;
import org.retrogistics.shared.ClientId;
import org.retrogistics.shared.Money;

/**
 * A resolution being made, once the return and the line's account are locked: the units it names, what the policy
 * allows for them, and any hold on their money.
 */
record Resolving(
        ResolveLine command,
        LineTerms terms,
        LineAccount account,
        List<UUID> units,
        Allowance allowance,
        String hold,
        Instant now) {

    ClientId client() {
        return command.client();
    }

    /** Nothing, in the line's currency. */
    Money zero() {
        return Money.zero(terms.paidUnitPrice().currency());
    }

    LineResolution resolution(
            BigDecimal allowed, String goodsSku, BigDecimal goodsValue, String currency, String explanation) {
        return new LineResolution(new LineResolution.Draft(
                client().value(),
                terms,
                command.kind(),
                command.quantity(),
                allowed,
                goodsSku,
                goodsValue,
                currency,
                units,
                command.sourceKey(),
                explanation,
                command.by(),
                now));
    }

    MoneyMovement movement(
            LineResolution resolution, MovementKind kind, Money amount, int quantity, Allowance breakdown) {
        return new MoneyMovement(new MoneyMovement.Draft(
                client().value(),
                resolution.getId(),
                terms,
                kind,
                amount,
                quantity,
                units,
                command.step(),
                breakdown,
                now));
    }
}
