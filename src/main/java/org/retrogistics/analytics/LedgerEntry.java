package org.retrogistics.analytics;

import java.time.Instant;
import java.util.UUID;
import org.retrogistics.shared.Money;
import org.retrogistics.shared.RecoveryFacts.Kind;
import org.retrogistics.shared.RecoveryFacts.Side;

/**
 * One line of the recovery ledger: a cost or a recovery of one unit, where it came from and when.
 *
 * @param returnId the return the unit (or the unit it was harvested from) came in on, when there is one
 */
public record LedgerEntry(
        long id,
        UUID unitId,
        UUID returnId,
        Kind kind,
        Side side,
        Money amount,
        String sourceType,
        String sourceRef,
        Instant occurredAt,
        Instant recordedAt) {

    /** The amount as it counts towards net recovery: negative for a cost. */
    public Money signed() {
        return side == Side.COST ? new Money(amount.amount().negate(), amount.currency()) : amount;
    }
}
