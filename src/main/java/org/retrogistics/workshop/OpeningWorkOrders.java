package org.retrogistics.workshop;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.retrogistics.access.Actor;
import org.retrogistics.catalog.CatalogManagement;
import org.retrogistics.catalog.ProductFacts;
import org.retrogistics.custody.CustodyLedger;
import org.retrogistics.custody.UnitNotInCustody;
import org.retrogistics.custody.UnitSnapshot;
import org.retrogistics.custody.UnitState;
import org.retrogistics.disposition.DispositionDecided;
import org.retrogistics.disposition.DispositionManagement;
import org.retrogistics.disposition.DispositionManagement.DecisionSummary;
import org.retrogistics.disposition.DispositionsDecided;
import org.retrogistics.disposition.WorkKind;
import org.retrogistics.shared.ClientId;
import org.retrogistics.workshop.internal.WorkOrderRepository;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens work orders: for the work a disposition needs (by event), or by a manager's hand. */
@Service
@Transactional(readOnly = true)
public class OpeningWorkOrders {

    private final WorkOrderStore store;
    private final WorkOrderRepository orders;
    private final CustodyLedger custody;
    private final CatalogManagement catalog;
    private final DispositionManagement dispositions;
    private final Clock clock;

    OpeningWorkOrders(
            WorkOrderStore store,
            WorkOrderRepository orders,
            CustodyLedger custody,
            CatalogManagement catalog,
            DispositionManagement dispositions,
            Optional<Clock> clock) {
        this.store = store;
        this.orders = orders;
        this.custody = custody;
        this.catalog = catalog;
        this.dispositions = dispositions;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** A re-evaluation batch: each decision as if it came alone, in one transaction for the batch. */
    @ApplicationModuleListener
    void on(DispositionsDecided batch) {
        batch.decisions().forEach(this::on);
    }

    /**
     * A disposition needs work: open an order per kind, unless one is open or done already for the unit. Work a changed
     * decision no longer needs stays open until the unit's outcome cancels it, so no technician loses a task mid-way.
     */
    @ApplicationModuleListener
    void on(DispositionDecided decided) {
        ClientId client = new ClientId(decided.clientId());
        // Events may arrive out of order: act on the decision in force now, not on the one this event announced.
        DecisionSummary current = dispositions.summary(client, decided.unitId()).orElse(null);
        if (current == null) {
            return;
        }
        for (WorkKind kind : current.requiredWork()) {
            if (!orders.existsByUnitIdAndKindAndStatusNot(decided.unitId(), kind, WorkOrderStatus.CANCELLED)) {
                open(
                        client,
                        decided.unitId(),
                        kind,
                        "disposition:" + current.option().name() + " r" + decided.revision());
            }
        }
    }

    /** A manager opens a work order by hand. */
    @Transactional
    public WorkOrder open(Actor actor, UUID unitId, WorkKind kind, String note) {
        UnitSnapshot unit = custody.unit(actor.clientId(), unitId);
        if (unit.state() != UnitState.IN_CUSTODY) {
            throw new UnitNotInCustody(unit, "worked on");
        }
        return open(
                actor.clientId(), unitId, kind, note == null || note.isBlank() ? "opened by " + actor.name() : note);
    }

    private WorkOrder open(ClientId client, UUID unitId, WorkKind kind, String source) {
        UnitSnapshot unit = custody.unit(client, unitId);
        ProductFacts product = catalog.product(client, unit.productId());
        WorkOrder order = new WorkOrder(
                new WorkOrderDraft(
                        client.value(),
                        "WO-%06d".formatted(orders.nextNumber()),
                        unitId,
                        kind,
                        family(product),
                        source),
                clock.instant());
        return store.save(order);
    }

    private static String family(ProductFacts product) {
        return product.family() != null ? product.family() : product.category();
    }
}
