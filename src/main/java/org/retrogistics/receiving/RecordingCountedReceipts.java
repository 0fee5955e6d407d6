package org.retrogistics.receiving;

import org.retrogistics.receiving.internal.ReceiptRepository;
import org.retrogistics.returns.UnitsReceivedByCount;
import org.retrogistics.returns.UnitsReceivedByCount.CountedUnit;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Units counted in by hand on a return line get what a scanned unit gets: a receipt and a {@link UnitReceived}, so
 * inspection queues them and a recall counts them. It runs in the counting transaction (ADR 0022): a unit counted in
 * is a unit queued.
 */
@Component
class RecordingCountedReceipts {

    private final ReceiptRepository receipts;
    private final ApplicationEventPublisher events;

    RecordingCountedReceipts(ReceiptRepository receipts, ApplicationEventPublisher events) {
        this.receipts = receipts;
        this.events = events;
    }

    @EventListener
    void on(UnitsReceivedByCount counted) {
        String reason = counted.line().reason().name();
        String resolution = counted.line().resolution() == null
                ? null
                : counted.line().resolution().name();
        String path = ScanningAtDock.inspectionPath(
                ReceiptOutcome.RECEIVED, counted.line().reason());
        for (CountedUnit unit : counted.units()) {
            receipts.save(new Receipt(new ReceiptDraft(
                    counted.clientId(),
                    unit.unitId(),
                    unit.licencePlate(),
                    ReceiptOutcome.RECEIVED,
                    counted.rmaNumber(),
                    reason,
                    counted.location(),
                    null,
                    "counted in by hand on line " + counted.line().lineNo(),
                    counted.recordedBy(),
                    counted.occurredAt())));
            events.publishEvent(new UnitReceived(
                    unit.unitId(),
                    counted.clientId(),
                    unit.productId(),
                    unit.licencePlate(),
                    unit.sku(),
                    ReceiptOutcome.RECEIVED,
                    reason,
                    resolution,
                    path,
                    counted.rmaNumber(),
                    counted.occurredAt()));
        }
    }
}
