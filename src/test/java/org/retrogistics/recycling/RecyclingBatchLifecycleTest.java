package org.retrogistics.recycling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.retrogistics.shared.ClientId;
import org.retrogistics.shared.RecoveryFacts;
import org.retrogistics.testing.StateDiagrams;

/** The batch's table and the aggregate's rules; the table is drawn into docs/. */
class RecyclingBatchLifecycleTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final LocalDate DAY = LocalDate.parse("2026-11-22");

    static Recycler recycler(LocalDate from, LocalDate until) {
        Recycler r = new Recycler(UUID.randomUUID(), UUID.randomUUID(), "GREEN", "Green Recovery", NOW);
        r.certify(CertificationScheme.R2, "R2-1001", from, until);
        return r;
    }

    private static BatchUnit unit(String plate, long grams, WeightSource source, boolean data, String sanitised) {
        return new BatchUnit(
                new BatchUnit.Draft(
                        UUID.randomUUID(),
                        plate,
                        "SN-" + plate,
                        "SKU",
                        "electronics",
                        new UnitWeight(grams, source),
                        data,
                        sanitised),
                NOW,
                "tester");
    }

    @Test
    void everyStateIsReachableAndOnlyClosedAndCancelledAreFinal() {
        Set<BatchStatus> seen = EnumSet.of(BatchStatus.OPEN);
        Deque<BatchStatus> todo = new ArrayDeque<>(seen);
        while (!todo.isEmpty()) {
            BatchStatus s = todo.pop();
            RecyclingBatchLifecycle.TABLE.transitions().stream()
                    .filter(t -> t.from() == s)
                    .map(t -> t.to())
                    .filter(seen::add)
                    .forEach(todo::push);
        }
        assertThat(seen).containsExactlyInAnyOrder(BatchStatus.values());
        assertThat(RecyclingBatchLifecycle.TABLE.transitions())
                .allMatch(t -> t.from().open());
        assertThat(RecyclingBatchLifecycle.TABLE.next(BatchStatus.SHIPPED, BatchTrigger.ADD_UNIT))
                .isEmpty();
        assertThat(RecyclingBatchLifecycle.TABLE.next(BatchStatus.SHIPPED, BatchTrigger.CANCEL))
                .isEmpty();
    }

    @Test
    void aBatchIsFilledShippedAndClosedInThatOrder() {
        Recycler r = recycler(DAY.minusYears(1), DAY.plusYears(1));
        RecyclingBatch b = new RecyclingBatch(
                new RecyclingBatch.Draft(UUID.randomUUID(), "RB-1", BatchPurpose.RECYCLE, DAY, null, "t"), r, NOW);
        assertThatThrownBy(() -> b.ship(r, NOW)).isInstanceOf(RecyclingBatch.EmptyBatch.class);
        assertThatThrownBy(() -> b.close(
                        new RecyclingBatch.Closing(ProcessingMethod.SHRED_AND_RECOVER, DAY, "C", null, null),
                        "USD",
                        NOW))
                .isInstanceOf(RecyclingBatch.BatchTransitionNotAllowed.class)
                .hasMessageContaining("is OPEN");
        b.add(r, unit("LP1", 1200, WeightSource.SCALE, false, null));
        b.add(r, unit("LP2", 300, WeightSource.PRODUCT, false, null));
        assertThat(b.totalGrams()).isEqualTo(1500);
        assertThat(b.estimatedGrams()).isEqualTo(300);
        b.ship(r, NOW);
        assertThat(b.getStatus()).isEqualTo(BatchStatus.SHIPPED);
        assertThatThrownBy(() -> b.add(r, unit("LP3", 1, WeightSource.SCALE, false, null)))
                .isInstanceOf(RecyclingBatch.BatchTransitionNotAllowed.class);
        assertThatThrownBy(b::cancel).isInstanceOf(RecyclingBatch.BatchTransitionNotAllowed.class);
        assertThatThrownBy(() -> b.close(
                        new RecyclingBatch.Closing(
                                ProcessingMethod.SHRED_AND_RECOVER, DAY.minusDays(1), "C", null, null),
                        "USD",
                        NOW))
                .isInstanceOf(RecyclingBatch.InvalidClose.class)
                .hasMessageContaining("before its batch date");
        assertThatThrownBy(() -> b.close(
                        new RecyclingBatch.Closing(
                                ProcessingMethod.SHRED_AND_RECOVER, DAY.plusDays(1), "C", null, null),
                        "USD",
                        NOW))
                .isInstanceOf(RecyclingBatch.InvalidClose.class)
                .hasMessageContaining("still to come");
        b.close(
                new RecyclingBatch.Closing(
                        ProcessingMethod.SHRED_AND_RECOVER, DAY.plusDays(3), "COR-1", new BigDecimal("10.00"), null),
                "USD",
                NOW.plusSeconds(3 * 86400));
        assertThat(b.getStatus()).isEqualTo(BatchStatus.CLOSED);
        assertThat(b.getMethod().fate().diverted()).isTrue();
    }

    @Test
    void aDataBearingUnitJoinsOnlySanitisedOrForDestruction() {
        Recycler r = recycler(DAY.minusYears(1), DAY.plusYears(1));
        RecyclingBatch recycle = new RecyclingBatch(
                new RecyclingBatch.Draft(UUID.randomUUID(), "RB-2", BatchPurpose.RECYCLE, DAY, null, "t"), r, NOW);
        assertThatThrownBy(() -> recycle.add(r, unit("LP9", 90, WeightSource.UNU_KEY, true, null)))
                .isInstanceOf(RecyclingBatch.DataBearingNotSanitised.class)
                .hasMessageContaining("LP9")
                .hasMessageContaining("DESTROY batch");
        assertThat(recycle.getUnits()).isEmpty();
        BatchUnit sanitised = unit("LP9", 90, WeightSource.UNU_KEY, true, "SAN-1");
        recycle.add(r, sanitised);
        assertThatThrownBy(() -> recycle.add(r, sanitised)).isInstanceOf(RecyclingBatch.UnitAlreadyBatched.class);

        RecyclingBatch cancelled = new RecyclingBatch(
                new RecyclingBatch.Draft(UUID.randomUUID(), "RB-5", BatchPurpose.RECYCLE, DAY, null, "t"), r, NOW);
        cancelled.add(r, unit("LP7", 10, WeightSource.SCALE, false, null));
        cancelled.cancel();
        assertThat(cancelled.getUnits()).noneMatch(BatchUnit::isActive);

        RecyclingBatch destroy = new RecyclingBatch(
                new RecyclingBatch.Draft(UUID.randomUUID(), "RB-3", BatchPurpose.DESTROY, DAY, null, "t"), r, NOW);
        destroy.add(r, unit("LP8", 90, WeightSource.SCALE, true, null));
        assertThat(destroy.getUnits()).hasSize(1);
    }

    @Test
    void aBatchCostIsSplitByWeightAndAddsUpExactly() {
        Recycler r = recycler(DAY.minusYears(1), DAY.plusYears(1));
        RecyclingBatch b = new RecyclingBatch(
                new RecyclingBatch.Draft(UUID.randomUUID(), "RB-4", BatchPurpose.RECYCLE, DAY, null, "t"), r, NOW);
        b.add(r, unit("LP1", 1000, WeightSource.SCALE, false, null));
        b.add(r, unit("LP2", 1000, WeightSource.SCALE, false, null));
        b.add(r, unit("LP3", 1000, WeightSource.SCALE, false, null));
        b.ship(r, NOW);
        b.close(
                new RecyclingBatch.Closing(
                        ProcessingMethod.DISMANTLE_AND_RECOVER, DAY, "C", new BigDecimal("10.00"), null),
                "USD",
                NOW);
        List<RecoveryFacts.Entry> shares =
                BatchFates.shares(b, new ClientId(b.getClientId()), b.getCost(), RecoveryFacts.Kind.RECYCLING);
        assertThat(shares).hasSize(3);
        assertThat(shares.stream().map(e -> e.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("10.00");
        assertThat(shares.get(0).amount().amount()).isEqualByComparingTo("3.33");
        assertThat(shares.get(2).amount().amount()).isEqualByComparingTo("3.34");
        assertThat(BatchFates.shares(b, new ClientId(b.getClientId()), null, RecoveryFacts.Kind.RECYCLING_REBATE))
                .isEmpty();
    }

    @Test
    void drawsTheStateDiagramIntoDocs() throws IOException {
        String doc = StateDiagrams.write(
                "recycling-batch-lifecycle",
                "Recycling-batch lifecycle",
                "`RecyclingBatchLifecycleTest` from `RecyclingBatchLifecycle.TABLE`",
                RecyclingBatchLifecycle.TABLE);
        assertThat(RecyclingBatchLifecycle.TABLE.finals())
                .containsExactlyElementsOf(EnumSet.allOf(BatchStatus.class).stream()
                        .filter(s -> !s.open())
                        .toList());
        assertThat(doc).contains("SHIPPED --> CLOSED : CLOSE").contains("CANCELLED --> [*]");
    }
}
