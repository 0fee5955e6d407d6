package org.retrogistics.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.retrogistics.disposition.WorkKind;
import org.retrogistics.shared.CosmeticGrade;
import org.retrogistics.shared.FunctionalGrade;
import org.retrogistics.testing.StateDiagrams;
import org.retrogistics.workshop.WorkOrderRecords.Completion;
import org.retrogistics.workshop.WorkOrderRecords.HarvestedPart;
import org.retrogistics.workshop.WorkOrderRecords.PartUsed;
import org.retrogistics.workshop.WorkOrderRecords.SanitisationMethod;
import org.retrogistics.workshop.WorkOrderRecords.SanitisationRecord;
import org.retrogistics.workshop.WorkOrderRecords.TestResult;

/** The work order's table and the aggregate's rules; the table is drawn into docs/. */
class WorkOrderLifecycleTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    private static WorkOrder inProgress(WorkKind kind) {
        WorkOrder w = new WorkOrder(
                new WorkOrderDraft(UUID.randomUUID(), "WO-1", UUID.randomUUID(), kind, "phones", "test"), NOW);
        w.assign("tech", "manager", NOW);
        w.start("tech", NOW);
        return w;
    }

    private static Completion grades(FunctionalGrade f, CosmeticGrade c) {
        return new Completion(f, c, null, List.of(), null, List.of(), null);
    }

    @Test
    void everyStateIsReachableAndOnlyDoneAndCancelledAreFinal() {
        Set<WorkOrderStatus> seen = EnumSet.of(WorkOrderStatus.OPEN);
        Deque<WorkOrderStatus> todo = new ArrayDeque<>(seen);
        while (!todo.isEmpty()) {
            WorkOrderStatus s = todo.pop();
            WorkOrderLifecycle.TABLE.transitions().stream()
                    .filter(t -> t.from() == s)
                    .map(t -> t.to())
                    .filter(seen::add)
                    .forEach(todo::push);
        }
        assertThat(seen).containsExactlyInAnyOrder(WorkOrderStatus.values());
        assertThat(WorkOrderLifecycle.TABLE.transitions())
                .noneMatch(t -> !t.from().open());
        assertThat(WorkOrderLifecycle.TABLE.transitions().stream()
                        .map(t -> t.from() + "/" + t.trigger())
                        .distinct())
                .hasSize(WorkOrderLifecycle.TABLE.transitions().size());
    }

    @Test
    void aRepairClosesOnlyWithItsTestPassedAndNewGrades() {
        WorkOrder w = inProgress(WorkKind.REPAIR);
        assertThatThrownBy(() -> w.complete(grades(FunctionalGrade.F0, CosmeticGrade.A), "tech", NOW))
                .isInstanceOf(WorkOrder.RequiredTestsOutstanding.class)
                .hasMessageContaining("no result for functional-test");
        w.recordTest(new TestResult("functional-test", false, null, "still no boot", "tech", NOW));
        assertThatThrownBy(() -> w.complete(grades(FunctionalGrade.F0, CosmeticGrade.A), "tech", NOW))
                .hasMessageContaining("failed functional-test");
        w.recordTest(new TestResult("functional-test", true, null, "boots", "tech", NOW));
        assertThatThrownBy(() -> w.complete(grades(null, null), "tech", NOW)).hasMessageContaining("new grades");
        w.usePart(new PartUsed("SCREEN", "screen", 2, new BigDecimal("10.25"), "tech", NOW));
        w.complete(grades(FunctionalGrade.F1, CosmeticGrade.B), "tech", NOW);
        assertThat(w.getStatus()).isEqualTo(WorkOrderStatus.DONE);
        assertThat(w.partsCost()).isEqualByComparingTo("20.50");
    }

    @Test
    void onlyTheAssignedTechnicianWorksTheOrder() {
        WorkOrder w = inProgress(WorkKind.REPACKAGE);
        assertThatThrownBy(() -> w.recordTest(new TestResult("packaging-check", true, null, null, "other", NOW)))
                .isInstanceOf(WorkOrder.NotYourWorkOrder.class);
        assertThatThrownBy(() -> w.addLabour(0, "tech", NOW)).hasMessageContaining("1 to 1440");
    }

    @Test
    void aSanitisationClosesOnlyWithAPassedRecord() {
        WorkOrder w = inProgress(WorkKind.SANITISE);
        w.recordTest(new TestResult("erasure-verified", true, null, null, "tech", NOW));
        assertThatThrownBy(() -> w.complete(grades(null, null), "tech", NOW)).hasMessageContaining("certificate id");
        SanitisationRecord failed = new SanitisationRecord(SanitisationMethod.PURGE, "tool", false, "tech", NOW, "C-1");
        assertThatThrownBy(() ->
                        w.complete(new Completion(null, null, null, List.of(), failed, List.of(), null), "tech", NOW))
                .hasMessageContaining("did not pass");
        SanitisationRecord passed =
                new SanitisationRecord(SanitisationMethod.CRYPTOGRAPHIC_ERASE, "tool", true, "tech", NOW, "C-2");
        w.complete(new Completion(null, null, null, List.of(), passed, List.of(), null), "tech", NOW);
        assertThat(w.getSanitisation().certificateId()).isEqualTo("C-2");
    }

    @Test
    void aTeardownNeedsItsPartsAndACancelNeedsAReason() {
        WorkOrder w = inProgress(WorkKind.TEARDOWN);
        w.recordTest(new TestResult("parts-inspected", true, null, null, "tech", NOW));
        assertThatThrownBy(() -> w.complete(grades(null, null), "tech", NOW)).hasMessageContaining("parts harvested");
        w.complete(
                new Completion(
                        null, null, null, List.of(new HarvestedPart("BAT", "S1", "battery")), null, List.of(), null),
                "tech",
                NOW);
        assertThatThrownBy(() -> w.cancel("manager", "too late", NOW))
                .isInstanceOf(WorkOrder.WorkOrderTransitionNotAllowed.class);
        WorkOrder other = inProgress(WorkKind.RELABEL);
        assertThatThrownBy(() -> other.cancel("manager", " ", NOW)).hasMessageContaining("reason");
    }

    @Test
    void drawsTheStateDiagramIntoDocs() throws IOException {
        String doc = StateDiagrams.write(
                "work-order-lifecycle",
                "Work-order lifecycle",
                "`WorkOrderLifecycleTest` from `WorkOrderLifecycle.TABLE`",
                WorkOrderLifecycle.TABLE);
        assertThat(WorkOrderLifecycle.TABLE.finals())
                .containsExactlyElementsOf(EnumSet.allOf(WorkOrderStatus.class).stream()
                        .filter(s -> !s.open())
                        .toList());
        assertThat(doc).contains("IN_PROGRESS --> DONE : COMPLETE").contains("DONE --> [*]");
    }
}
