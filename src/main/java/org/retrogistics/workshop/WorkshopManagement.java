package org.retrogistics.workshop;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.retrogistics.catalog.CatalogManagement;
import org.retrogistics.catalog.ProductFacts;
import org.retrogistics.custody.CustodyLedger;
import org.retrogistics.custody.UnitSnapshot;
import org.retrogistics.custody.UnitState;
import org.retrogistics.disposition.DispositionManagement;
import org.retrogistics.disposition.DispositionManagement.DecisionSummary;
import org.retrogistics.disposition.WorkKind;
import org.retrogistics.shared.ClientId;
import org.retrogistics.shared.DomainException;
import org.retrogistics.workshop.internal.WorkOrderRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workshop's reads: work orders, their timeline and labels, and the units ready for their outcome. A disposition
 * that needs work opens its orders ({@link OpeningWorkOrders}); a qualified technician ({@link QualifyingTechnicians})
 * carries them out ({@link CarryingOutWork}) and closes them ({@link CompletingWorkOrders}).
 */
@Service
@Transactional(readOnly = true)
public class WorkshopManagement {

    private final WorkOrderStore store;
    private final WorkOrderRepository orders;
    private final CustodyLedger custody;
    private final CatalogManagement catalog;
    private final DispositionManagement dispositions;
    private final JdbcClient jdbc;

    WorkshopManagement(
            WorkOrderStore store,
            WorkOrderRepository orders,
            CustodyLedger custody,
            CatalogManagement catalog,
            DispositionManagement dispositions,
            JdbcClient jdbc) {
        this.store = store;
        this.orders = orders;
        this.custody = custody;
        this.catalog = catalog;
        this.dispositions = dispositions;
        this.jdbc = jdbc;
    }

    public WorkOrder get(ClientId client, UUID id) {
        return store.get(client, id);
    }

    public Page<WorkOrder> search(
            ClientId client, WorkOrderStatus status, WorkKind kind, String technician, Pageable page) {
        return orders.search(client.value(), status, kind, technician, page);
    }

    /** The work order, as a value. */
    public WorkOrderSnapshot snapshot(ClientId client, UUID id) {
        return WorkOrderSnapshot.of(get(client, id));
    }

    /** A page of the queue, as values. */
    public Page<WorkOrderSnapshot> searchSnapshots(
            ClientId client, WorkOrderStatus status, WorkKind kind, String technician, Pageable page) {
        return search(client, status, kind, technician, page).map(WorkOrderSnapshot::of);
    }

    /** The unit's work orders, oldest first, as other modules read them. */
    public List<WorkOrderSnapshot> forUnit(ClientId client, UUID unitId) {
        return orders.findByClientIdAndUnitIdOrderByCreatedAt(client.value(), unitId).stream()
                .map(WorkOrderSnapshot::of)
                .toList();
    }

    /** One move of a work order, as its timeline shows it. */
    public record TimelineEntry(String from, String to, String actor, String note, Instant at) {}

    public List<TimelineEntry> timeline(ClientId client, UUID id) {
        get(client, id);
        return jdbc.sql(
                        """
                        select from_status, to_status, actor, note, occurred_at from work_order_event
                        where work_order_id = :id order by id
                        """)
                .param("id", id)
                .query((rs, i) -> new TimelineEntry(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant()))
                .list();
    }

    /** Units whose disposition needs no more work: ready for their outcome (restock, listing, lot, recycler). */
    public record ReadyUnit(UUID unitId, String licencePlate, String sku, DecisionSummary decision) {}

    public List<ReadyUnit> outcomeQueue(ClientId client, int limit) {
        List<ReadyUnit> ready = new ArrayList<>();
        for (DecisionSummary d : dispositions.summaries(client, null, limit * 4)) {
            List<WorkOrder> work = orders.findByClientIdAndUnitIdOrderByCreatedAt(client.value(), d.unitId());
            if (Outcomes.missingWork(work, d.requiredWork()).isEmpty()) {
                UnitSnapshot unit = custody.unit(client, d.unitId());
                if (unit.state() != UnitState.IN_CUSTODY || outcomeRecorded(d.unitId())) {
                    continue;
                }
                ready.add(new ReadyUnit(unit.id(), unit.licencePlate(), unit.sku(), d));
                if (ready.size() == limit) {
                    break;
                }
            }
        }
        return ready;
    }

    private boolean outcomeRecorded(UUID unitId) {
        return jdbc.sql("select exists (select 1 from unit_outcome where unit_id = :u)")
                .param("u", unitId)
                .query(Boolean.class)
                .single();
    }

    /** The label a relabel or repackage prints: the unit's identity with a barcode. */
    public byte[] label(ClientId client, UUID id) {
        WorkOrder order = get(client, id);
        UnitSnapshot unit = custody.unit(client, order.getUnitId());
        String sku = order.getResult() != null && order.getResult().newSku() != null
                ? order.getResult().newSku()
                : unit.sku();
        ProductFacts product =
                catalog.productBySku(client, sku).orElseGet(() -> catalog.product(client, unit.productId()));
        return LabelPrinter.pdf(new LabelPrinter.Label(
                product.name(),
                unit.licencePlate(),
                sku,
                product.gtin(),
                unit.serial(),
                List.of(order.getNumber() + " " + order.getKind().name().toLowerCase(Locale.ROOT))));
    }

    /** The technician is not qualified for the unit's product family. */
    public static class NotQualified extends DomainException {
        NotQualified(String technician, WorkOrder order) {
            super(
                    Kind.REJECTED,
                    "technician-not-qualified",
                    (technician.isEmpty()
                                    ? "no technician named"
                                    : technician + " is not qualified for family '" + order.getFamily() + "'")
                            + "; work order " + order.getNumber() + " goes only to a qualified technician");
        }
    }

    /** A work order given to a name that is no enabled user of the client (another client's users included). */
    public static class UnknownTechnician extends DomainException {
        UnknownTechnician(String name) {
            super(Kind.REJECTED, "unknown-technician", "'" + name + "' is no active user of this client");
        }
    }

    /** A harvested part or new SKU the catalogue does not have. */
    public static class UnknownPart extends DomainException {
        UnknownPart(String sku) {
            super(Kind.REJECTED, "unknown-sku", "no product with SKU '" + sku + "' to record it as");
        }
    }

    /** A step sent with an old version of the order. */
    public static class StaleWorkOrder extends DomainException {
        StaleWorkOrder(WorkOrder order, long given) {
            super(
                    Kind.CONFLICT,
                    "stale-version",
                    "work order " + order.getNumber() + " is at version " + order.getVersion() + ", not " + given
                            + "; reload it and retry");
        }
    }
}
