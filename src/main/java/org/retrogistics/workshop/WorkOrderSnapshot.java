package org.retrogistics.workshop;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.retrogistics.disposition.WorkKind;
import org.retrogistics.workshop.WorkOrderRecords.Completion;
import org.retrogistics.workshop.WorkOrderRecords.PartUsed;
import org.retrogistics.workshop.WorkOrderRecords.SanitisationRecord;
import org.retrogistics.workshop.WorkOrderRecords.TestResult;

/**
 * A work order as other modules and the pages read it: which one, on which unit, what work, how far, and any
 * sanitisation; then who does it, the tests it needs and their results, the parts and labour spent, the outcome, why
 * it was opened, when, and its version (the pages' forms send it back).
 */
public record WorkOrderSnapshot(
        UUID id,
        String number,
        UUID unitId,
        WorkKind kind,
        WorkOrderStatus status,
        SanitisationRecord sanitisation,
        String family,
        String technician,
        List<String> requiredTests,
        List<TestResult> testResults,
        List<PartUsed> parts,
        int labourMinutes,
        Completion result,
        String sourceRef,
        Instant createdAt,
        Long version) {

    static WorkOrderSnapshot of(WorkOrder w) {
        return new WorkOrderSnapshot(
                w.getId(),
                w.getNumber(),
                w.getUnitId(),
                w.getKind(),
                w.getStatus(),
                w.getSanitisation(),
                w.getFamily(),
                w.getTechnician(),
                copy(w.getRequiredTests()),
                copy(w.getTestResults()),
                copy(w.getParts()),
                w.getLabourMinutes(),
                w.getResult(),
                w.getSourceRef(),
                w.getCreatedAt(),
                w.getVersion());
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** What the parts used cost, at their recorded unit costs. */
    public BigDecimal partsCost() {
        return parts.stream()
                .map(p -> (p.unitCost() == null ? BigDecimal.ZERO : p.unitCost())
                        .multiply(BigDecimal.valueOf(p.quantity())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
