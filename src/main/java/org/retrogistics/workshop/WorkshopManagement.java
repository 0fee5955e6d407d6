package org.retrogistics.workshop;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.retrogistics.access.AccessManagement;
import org.retrogistics.access.Actor;
import org.retrogistics.access.StaffMember;
import org.retrogistics.catalog.CatalogManagement;
import org.retrogistics.catalog.ProductFacts;
import org.retrogistics.custody.CustodyEventType;
import org.retrogistics.custody.CustodyLedger;
import org.retrogistics.custody.CustodyMove;
import org.retrogistics.custody.ExpectedUnit;
import org.retrogistics.custody.Unit;
import org.retrogistics.custody.UnitNotInCustody;
import org.retrogistics.custody.UnitState;
import org.retrogistics.custody.WarehouseLocation;
import org.retrogistics.disposition.DispositionDecided;
import org.retrogistics.disposition.DispositionManagement;
import org.retrogistics.disposition.DispositionManagement.DecisionSummary;
import org.retrogistics.disposition.DispositionsDecided;
import org.retrogistics.disposition.WorkKind;
import org.retrogistics.inspection.Regrade;
import org.retrogistics.inspection.RegradingUnits;
import org.retrogistics.shared.ClientId;
import org.retrogistics.shared.DomainException;
import org.retrogistics.shared.NotFound;
import org.retrogistics.workshop.WorkOrderRecords.Completion;
import org.retrogistics.workshop.WorkOrderRecords.HarvestedPart;
import org.retrogistics.workshop.WorkOrderRecords.PartUsed;
import org.retrogistics.workshop.WorkOrderRecords.TestResult;
import org.retrogistics.workshop.internal.WorkOrderRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workshop. A disposition that needs work opens its work orders (by event); a qualified technician takes one,
 * records tests, parts and labour, and closes it; closing regrades the unit (so disposition decides again), turns
 * harvested parts into units of their own and keeps the sanitisation record.
 */
@Service
@Transactional(readOnly = true)
public class WorkshopManagement {

    private final WorkOrderRepository orders;
    private final CustodyLedger custody;
    private final CatalogManagement catalog;
    private final RegradingUnits regrading;
    private final DispositionManagement dispositions;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final WorkshopSettings settings;
    private final AccessManagement access;

    WorkshopManagement(
            WorkOrderRepository orders,
            CustodyLedger custody,
            CatalogManagement catalog,
            RegradingUnits regrading,
            DispositionManagement dispositions,
            JdbcClient jdbc,
            ApplicationEventPublisher events,
            WorkshopSettings settings,
            AccessManagement access,
            Optional<Clock> clock) {
        this.orders = orders;
        this.custody = custody;
        this.catalog = catalog;
        this.regrading = regrading;
        this.dispositions = dispositions;
        this.jdbc = jdbc;
        this.clock = clock.orElse(Clock.systemUTC());
        this.events = events;
        this.settings = settings;
        this.access = access;
    }

    /**
     * A disposition needs work: open an order per kind, unless one is open or done already for the unit. Work a changed
     * decision no longer needs stays open until the unit's outcome cancels it, so no technician loses a task mid-way.
     */
    /** A re-evaluation batch: each decision as if it came alone, in one transaction for the batch. */
    @ApplicationModuleListener
    void on(DispositionsDecided batch) {
        batch.decisions().forEach(this::on);
    }

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
        Unit unit = custody.unit(actor.clientId(), unitId);
        if (unit.getState() != UnitState.IN_CUSTODY) {
            throw new UnitNotInCustody(unit, "worked on");
        }
        return open(
                actor.clientId(), unitId, kind, note == null || note.isBlank() ? "opened by " + actor.name() : note);
    }

    private WorkOrder open(ClientId client, UUID unitId, WorkKind kind, String source) {
        Unit unit = custody.unit(client, unitId);
        ProductFacts product = catalog.product(client, unit.getProductId());
        WorkOrder order = new WorkOrder(
                client.value(),
                "WO-%06d".formatted(orders.nextNumber()),
                unitId,
                kind,
                family(product),
                source,
                clock.instant());
        return save(order);
    }

    private static String family(ProductFacts product) {
        return product.family() != null ? product.family() : product.category();
    }

    @Transactional
    public WorkOrder assign(Actor actor, UUID id, Long version, String technician) {
        WorkOrder order = load(actor.clientId(), id, version);
        if (technician == null || technician.isBlank()) {
            throw new NotQualified("", order);
        }
        // only an enabled user of this client; another client's user is refused in the same words as a made-up name
        String name = access.staffMember(actor.clientId(), technician)
                .filter(StaffMember::enabled)
                .map(StaffMember::username)
                .orElseThrow(() -> new UnknownTechnician(technician.strip()));
        if (!qualified(actor.clientId(), name, order.getFamily())) {
            throw new NotQualified(name, order);
        }
        order.assign(name, actor.name(), clock.instant());
        return save(order);
    }

    @Transactional
    public WorkOrder start(Actor actor, UUID id, Long version) {
        WorkOrder order = load(actor.clientId(), id, version);
        Unit unit = custody.unit(actor.clientId(), order.getUnitId());
        if (unit.getState() != UnitState.IN_CUSTODY) {
            throw new UnitNotInCustody(unit, "worked on");
        }
        order.start(actor.name(), clock.instant());
        custody.record(
                actor.clientId(),
                order.getUnitId(),
                new CustodyMove(
                        CustodyEventType.HANDED_OVER,
                        WarehouseLocation.WORKSHOP.name(),
                        "technician:" + actor.name(),
                        clock.instant(),
                        actor.name(),
                        "work-order:" + order.getNumber(),
                        order.getKind().name().toLowerCase(Locale.ROOT) + " started"));
        return save(order);
    }

    @Transactional
    public WorkOrder pause(Actor actor, UUID id, Long version, String note) {
        WorkOrder order = load(actor.clientId(), id, version);
        order.pause(actor.name(), note, clock.instant());
        return save(order);
    }

    @Transactional
    public WorkOrder recordTest(Actor actor, UUID id, String name, boolean passed, String value, String note) {
        WorkOrder order = load(actor.clientId(), id, null);
        if (name == null || !name.matches("[a-z0-9][a-z0-9-]{0,39}")) {
            throw new WorkOrder.InvalidWorkStep("a test is named in lower case with dashes, e.g. functional-test");
        }
        order.recordTest(new TestResult(name, passed, value, note, actor.name(), clock.instant()));
        return save(order);
    }

    @Transactional
    public WorkOrder usePart(Actor actor, UUID id, String sku, String description, int quantity, BigDecimal unitCost) {
        WorkOrder order = load(actor.clientId(), id, null);
        order.usePart(new PartUsed(sku, description, quantity, unitCost, actor.name(), clock.instant()));
        return save(order);
    }

    @Transactional
    public WorkOrder addLabour(Actor actor, UUID id, int minutes) {
        WorkOrder order = load(actor.clientId(), id, null);
        order.addLabour(minutes, actor.name(), clock.instant());
        return save(order);
    }

    /**
     * Closes the order: the aggregate checks its tests and records; then harvested parts become units with their
     * parent on record, a new SKU is noted in the ledger, and the unit is regraded so disposition decides again.
     */
    @Transactional
    public WorkOrder complete(Actor actor, UUID id, Long version, Completion completion) {
        WorkOrder order = load(actor.clientId(), id, version);
        Instant now = clock.instant();
        Optional<ProductFacts> newProduct = completion.newSku() == null
                ? Optional.empty()
                : Optional.of(catalog.productBySku(actor.clientId(), completion.newSku())
                        .orElseThrow(() -> new UnknownPart(completion.newSku())));
        List<ProductFacts> partProducts = new ArrayList<>();
        for (HarvestedPart part : completion.harvested() == null ? List.<HarvestedPart>of() : completion.harvested()) {
            partProducts.add(
                    catalog.productBySku(actor.clientId(), part.sku()).orElseThrow(() -> new UnknownPart(part.sku())));
        }
        order.complete(completion, actor.name(), now);
        List<String> plates = new ArrayList<>();
        for (int i = 0; i < partProducts.size(); i++) {
            ProductFacts p = partProducts.get(i);
            HarvestedPart part = completion.harvested().get(i);
            Unit harvested = custody.takeIn(
                    new ExpectedUnit(
                            actor.clientId(),
                            p.id(),
                            p.sku(),
                            part.serial() == null || part.serial().isBlank()
                                    ? null
                                    : part.serial().strip(),
                            null,
                            "work-order:" + order.getNumber(),
                            WarehouseLocation.WORKSHOP.name(),
                            "technician:" + actor.name(),
                            actor.name()),
                    order.getUnitId(),
                    "harvested in " + order.getNumber()
                            + (part.description() == null ? "" : ": " + part.description()));
            plates.add(harvested.getLicencePlate());
        }
        if (!plates.isEmpty()) {
            order.harvestedAs(plates);
        }
        custody.record(
                actor.clientId(),
                order.getUnitId(),
                new CustodyMove(
                        CustodyEventType.MOVED,
                        WarehouseLocation.INSPECTION.name(),
                        "warehouse",
                        now,
                        actor.name(),
                        "work-order:" + order.getNumber(),
                        order.getKind().name().toLowerCase(Locale.ROOT) + " done"
                                + (completion.newSku() == null ? "" : "; now sold as SKU " + completion.newSku())
                                + (plates.isEmpty() ? "" : "; parts " + String.join(", ", plates))));
        newProduct.ifPresent(p -> custody.reclassify(
                actor.clientId(), order.getUnitId(), p.id(), p.sku(), actor.name(), "work-order:" + order.getNumber()));
        WorkOrder saved = save(order);
        publishCosts(saved, partProducts, plates, now);
        regrading.regradeIfGraded(
                actor,
                order.getUnitId(),
                new Regrade(
                        completion.functionalGrade(),
                        completion.cosmeticGrade(),
                        order.getKind() == WorkKind.SANITISE ? Boolean.TRUE : null,
                        null,
                        null,
                        "work-order:" + order.getNumber(),
                        completion.note()));
        return saved;
    }

    /** The order's labour, parts and harvested parts' value, for the recovery ledger (in this transaction). */
    private void publishCosts(WorkOrder order, List<ProductFacts> partProducts, List<String> plates, Instant now) {
        ClientId client = new ClientId(order.getClientId());
        java.util.Currency currency = catalog.findClient(client)
                .map(c -> java.util.Currency.getInstance(c.getCurrency()))
                .orElseGet(() -> java.util.Currency.getInstance("USD"));
        List<WorkOrderCosts.Harvested> harvested = new ArrayList<>();
        for (int i = 0; i < plates.size(); i++) {
            harvested.add(new WorkOrderCosts.Harvested(
                    plates.get(i), partProducts.get(i).unitValue()));
        }
        WorkOrderCosts.of(order, settings.labourRatePerHour(), currency, harvested, now)
                .ifPresent(events::publishEvent);
    }

    @Transactional
    public WorkOrder cancel(Actor actor, UUID id, Long version, String reason) {
        WorkOrder order = load(actor.clientId(), id, version);
        order.cancel(actor.name(), reason, clock.instant());
        return save(order);
    }

    public WorkOrder get(ClientId client, UUID id) {
        return orders.findByIdAndClientId(id, client.value()).orElseThrow(() -> new NotFound("work order", id));
    }

    public Page<WorkOrder> search(
            ClientId client, WorkOrderStatus status, WorkKind kind, String technician, Pageable page) {
        return orders.search(client.value(), status, kind, technician, page);
    }

    public List<WorkOrder> forUnit(ClientId client, UUID unitId) {
        return orders.findByClientIdAndUnitIdOrderByCreatedAt(client.value(), unitId);
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
                Unit unit = custody.unit(client, d.unitId());
                if (unit.getState() != UnitState.IN_CUSTODY || outcomeRecorded(d.unitId())) {
                    continue;
                }
                ready.add(new ReadyUnit(unit.getId(), unit.getLicencePlate(), unit.getSku(), d));
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
        Unit unit = custody.unit(client, order.getUnitId());
        String sku = order.getResult() != null && order.getResult().newSku() != null
                ? order.getResult().newSku()
                : unit.getSku();
        ProductFacts product =
                catalog.productBySku(client, sku).orElseGet(() -> catalog.product(client, unit.getProductId()));
        return LabelPrinter.pdf(new LabelPrinter.Label(
                product.name(),
                unit.getLicencePlate(),
                sku,
                product.gtin(),
                unit.getSerial(),
                List.of(order.getNumber() + " " + order.getKind().name().toLowerCase(Locale.ROOT))));
    }

    /** Sets the product families a technician is qualified for ("*" for all). */
    @Transactional
    public List<String> qualify(Actor actor, String name, List<String> families) {
        String technician = access.staffMember(actor.clientId(), name)
                .filter(StaffMember::enabled)
                .map(StaffMember::username)
                .orElseThrow(() -> new NotFound("technician", name));
        jdbc.sql("delete from technician_qualification where client_id = :c and technician = :t")
                .param("c", actor.clientId().value())
                .param("t", technician)
                .update();
        for (String f : families) {
            jdbc.sql("insert into technician_qualification (client_id, technician, family) values (:c, :t, :f)")
                    .param("c", actor.clientId().value())
                    .param("t", technician)
                    .param("f", f.strip())
                    .update();
        }
        return familiesOf(actor.clientId(), technician);
    }

    public List<String> qualifications(ClientId client, String name) {
        String technician = access.staffMember(client, name)
                .map(StaffMember::username)
                .orElseThrow(() -> new NotFound("technician", name));
        return familiesOf(client, technician);
    }

    private List<String> familiesOf(ClientId client, String technician) {
        return jdbc.sql(
                        "select family from technician_qualification where client_id = :c and technician = :t order by 1")
                .param("c", client.value())
                .param("t", technician)
                .query(String.class)
                .list();
    }

    private boolean qualified(ClientId client, String technician, String family) {
        List<String> families = familiesOf(client, technician);
        return families.contains("*") || (family != null && families.contains(family));
    }

    private WorkOrder load(ClientId client, UUID id, Long version) {
        WorkOrder order = get(client, id);
        if (version != null && !version.equals(order.getVersion())) {
            throw new StaleWorkOrder(order, version);
        }
        return order;
    }

    private WorkOrder save(WorkOrder order) {
        List<WorkOrder.Move> moves = order.drainMoves();
        WorkOrder saved = orders.saveAndFlush(order);
        for (WorkOrder.Move m : moves) {
            jdbc.sql(
                            """
                            insert into work_order_event (work_order_id, from_status, to_status, actor, note, occurred_at)
                            values (:id, :from, :to, :actor, :note, :at)
                            """)
                    .param("id", saved.getId())
                    .param("from", m.from() == null ? null : m.from().name())
                    .param("to", m.to().name())
                    .param("actor", m.actor())
                    .param("note", m.note())
                    .param("at", Timestamp.from(m.at()))
                    .update();
        }
        return saved;
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
