package org.retrogistics.workshop;

import java.util.UUID;
import org.retrogistics.disposition.WorkKind;
import org.retrogistics.workshop.WorkOrderRecords.SanitisationRecord;

/** A work order as other modules read it: which one, on which unit, what work, how far, and any sanitisation. */
public record WorkOrderSnapshot(
        UUID id, String number, UUID unitId, WorkKind kind, WorkOrderStatus status, SanitisationRecord sanitisation) {

    static WorkOrderSnapshot of(WorkOrder w) {
        return new WorkOrderSnapshot(
                w.getId(), w.getNumber(), w.getUnitId(), w.getKind(), w.getStatus(), w.getSanitisation());
    }
}
