package org.retrogistics.workshop;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.retrogistics.access.Actor;
import org.retrogistics.catalog.CatalogManagement;
import org.retrogistics.catalog.ProductFacts;
import org.retrogistics.custody.CustodyEventType;
import org.retrogistics.custody.CustodyLedger;
import org.retrogistics.custody.CustodyMove;
import org.retrogistics.custody.ExpectedUnit;
import org.retrogistics.custody.UnitSnapshot;
import org.retrogistics.custody.WarehouseLocation;
import org.retrogistics.disposition.WorkKind;
import org.retrogistics.inspection.Regrade;
import org.retrogistics.inspection.RegradingUnits;
import org.retrogistics.shared.ClientId;
import org.retrogistics.workshop.WorkOrderRecords.Completion;
import org.retrogistics.workshop.WorkOrderRecords.HarvestedPart;
import org.retrogistics.workshop.WorkshopManagement.UnknownPart;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closes a work order: the aggregate checks its tests and records; then harvested parts become units with their parent
 * on record, a new SKU is noted in the ledger, the costs go to the recovery ledger and the unit is regraded so
 * disposition decides again.
 */
@Service
@Transactional(readOnly = true)
public class CompletingWorkOrders {

    private final WorkOrderStore store;
    private final CustodyLedger custody;
    private final CatalogManagement catalog;
    private final RegradingUnits regrading;
    private final WorkOrderCostPublisher costs;
    private final Clock clock;

    CompletingWorkOrders(
            WorkOrderStore store,
            CustodyLedger custody,
            CatalogManagement catalog,
            RegradingUnits regrading,
            WorkOrderCostPublisher costs,
            Optional<Clock> clock) {
        this.store = store;
        this.custody = custody;
        this.catalog = catalog;
        this.regrading = regrading;
        this.costs = costs;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Transactional
    public WorkOrder complete(Actor actor, UUID id, Long version, Completion completion) {
        WorkOrder order = store.load(actor.clientId(), id, version);
        Instant now = clock.instant();
        Optional<ProductFacts> newProduct = completion.newSku() == null
                ? Optional.empty()
                : Optional.of(product(actor.clientId(), completion.newSku()));
        List<ProductFacts> partProducts = new ArrayList<>();
        for (HarvestedPart part : completion.harvested() == null ? List.<HarvestedPart>of() : completion.harvested()) {
            partProducts.add(product(actor.clientId(), part.sku()));
        }
        order.complete(completion, actor.name(), now);
        List<String> plates = takeInHarvested(actor, order, completion.harvested(), partProducts);
        if (!plates.isEmpty()) {
            order.harvestedAs(plates);
        }
        backToInspection(actor, order, completion, plates, now);
        newProduct.ifPresent(p -> custody.reclassify(
                actor.clientId(), order.getUnitId(), p.id(), p.sku(), actor.name(), "work-order:" + order.getNumber()));
        WorkOrder saved = store.save(order);
        costs.publish(saved, partProducts, plates, now);
        regrade(actor, order, completion);
        return saved;
    }

    private ProductFacts product(ClientId client, String sku) {
        return catalog.productBySku(client, sku).orElseThrow(() -> new UnknownPart(sku));
    }

    /** Each harvested part becomes a unit in the workshop with the worked-on unit as its parent; their plates. */
    private List<String> takeInHarvested(
            Actor actor, WorkOrder order, List<HarvestedPart> harvested, List<ProductFacts> partProducts) {
        List<String> plates = new ArrayList<>();
        for (int i = 0; i < partProducts.size(); i++) {
            ProductFacts p = partProducts.get(i);
            HarvestedPart part = harvested.get(i);
            UnitSnapshot unit = custody.takeIn(
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
            plates.add(unit.licencePlate());
        }
        return plates;
    }

    /** The worked-on unit goes back to inspection, its ledger saying what was done. */
    private void backToInspection(
            Actor actor, WorkOrder order, Completion completion, List<String> plates, Instant now) {
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
    }

    /** An inspected unit is regraded with the completion's grades, so disposition decides again. */
    private void regrade(Actor actor, WorkOrder order, Completion completion) {
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
    }
}
