package org.retrogistics.refunds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.retrogistics.refunds.Lines.line;
import static org.retrogistics.refunds.Lines.usd;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.retrogistics.refunds.RefundEvents.RefundIssued;
import org.retrogistics.refunds.RefundRefusals.MovementTransitionNotAllowed;
import org.retrogistics.returns.ReturnReason;
import org.retrogistics.testing.StateDiagrams;

/** The money movement's table and the aggregate's moves; the table is drawn into docs/. */
class MoneyMovementLifecycleTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private static MoneyMovement pending() {
        return new MoneyMovement(new MoneyMovement.Draft(
                UUID.randomUUID(),
                UUID.randomUUID(),
                line("50.00", 1, "0", ReturnReason.DEFECTIVE),
                MovementKind.REFUND_TO_ORIGINAL,
                usd("50.00"),
                1,
                List.of(UUID.randomUUID()),
                "ON_RECEIPT",
                null,
                NOW));
    }

    @Test
    void everyStateIsReachableAndOnlyIssuedAndCancelledAreFinal() {
        Set<MovementStatus> seen = EnumSet.of(MovementStatus.PENDING);
        Deque<MovementStatus> todo = new ArrayDeque<>(seen);
        while (!todo.isEmpty()) {
            MovementStatus s = todo.pop();
            MoneyMovementLifecycle.TABLE.transitions().stream()
                    .filter(t -> t.from() == s)
                    .map(t -> t.to())
                    .filter(seen::add)
                    .forEach(todo::push);
        }
        assertThat(seen).containsExactlyInAnyOrder(MovementStatus.values());
        assertThat(EnumSet.allOf(MovementStatus.class).stream().filter(MovementStatus::terminal))
                .containsExactlyInAnyOrder(MovementStatus.ISSUED, MovementStatus.CANCELLED);
        assertThat(MoneyMovementLifecycle.TABLE.transitions().stream()
                        .map(t -> t.from() + "/" + t.trigger())
                        .distinct())
                .hasSize(MoneyMovementLifecycle.TABLE.transitions().size());
    }

    @Test
    void aFailedPayoutIsRetriedWithTheSameKeyAndIssuedOnce() {
        MoneyMovement m = pending();
        String key = m.getIdempotencyKey();
        m.fail("provider answered 503", NOW);
        assertThat(m.getStatus()).isEqualTo(MovementStatus.FAILED);
        assertThat(m.payable()).isFalse();
        m.retry(NOW);
        assertThat(m.payable()).isTrue();
        m.fail("provider answered 503 again", NOW);
        m.retry(NOW);
        m.issue("PO-1", NOW);
        assertThat(m.getStatus()).isEqualTo(MovementStatus.ISSUED);
        assertThat(m.getIdempotencyKey()).isEqualTo(key);
        assertThat(m.getFailureReason()).isNull();
        assertThatThrownBy(() -> m.issue("PO-2", NOW)).isInstanceOf(MovementTransitionNotAllowed.class);
        assertThatThrownBy(() -> m.cancel("too late", NOW)).isInstanceOf(MovementTransitionNotAllowed.class);
        assertThat(m.pendingEvents()).filteredOn(RefundIssued.class::isInstance).hasSize(1);
    }

    @Test
    void aHeldMovementIsNeverPaidUntilReleasedAndACancelNeedsAReason() {
        MoneyMovement m = pending();
        m.hold("authenticity hold: serial mismatch", NOW);
        assertThat(m.payable()).isFalse();
        assertThatThrownBy(() -> m.issue("PO-1", NOW)).isInstanceOf(MovementTransitionNotAllowed.class);
        assertThatThrownBy(() -> m.retry(NOW)).isInstanceOf(MovementTransitionNotAllowed.class);
        m.release(NOW);
        assertThat(m.payable()).isTrue();
        assertThatThrownBy(() -> m.cancel(" ", NOW)).hasMessageContaining("reason");
        m.cancel("customer kept the item", NOW);
        assertThat(m.getStatus()).isEqualTo(MovementStatus.CANCELLED);
    }

    @Test
    void drawsTheStateDiagramIntoDocs() throws IOException {
        String doc = StateDiagrams.write(
                "money-movement-lifecycle",
                "Money-movement lifecycle (refunds, store credit, exchange differences)",
                "`MoneyMovementLifecycleTest` from `MoneyMovementLifecycle.TABLE`",
                MoneyMovementLifecycle.TABLE);
        assertThat(MoneyMovementLifecycle.TABLE.finals())
                .containsExactlyElementsOf(EnumSet.allOf(MovementStatus.class).stream()
                        .filter(MovementStatus::terminal)
                        .toList());
        assertThat(doc).contains("FAILED --> RETRYING : RETRY").contains("ISSUED --> [*]");
    }
}
