package org.retrogistics.refunds;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.retrogistics.shared.Money;

/**
 * A money movement as other modules and the pages read it: which return line it pays, what kind, how much, where it
 * stands and why, when it was made, and its version (the pages' forms send it back).
 */
public record MoneyMovementSnapshot(
        UUID id,
        UUID returnId,
        String rmaNumber,
        int lineNo,
        MovementKind kind,
        BigDecimal amount,
        String currency,
        MovementStatus status,
        String triggerStep,
        String explanation,
        String holdReason,
        String failureReason,
        Instant createdAt,
        Long version) {

    static MoneyMovementSnapshot of(MoneyMovement m) {
        return new MoneyMovementSnapshot(
                m.getId(),
                m.getReturnId(),
                m.getRmaNumber(),
                m.getLineNo(),
                m.getKind(),
                m.getAmount(),
                m.getCurrency(),
                m.getStatus(),
                m.getTriggerStep(),
                m.getExplanation(),
                m.getHoldReason(),
                m.getFailureReason(),
                m.getCreatedAt(),
                m.getVersion());
    }

    public Money money() {
        return Money.of(amount, currency);
    }
}
