package org.retrogistics.demo;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.retrogistics.access.Actor;
import org.retrogistics.access.Role;
import org.retrogistics.catalog.CatalogManagement;
import org.retrogistics.catalog.ClientFacts;
import org.retrogistics.catalog.ProductFacts;
import org.retrogistics.custody.CustodyLedger;
import org.retrogistics.custody.UnitSnapshot;
import org.retrogistics.inspection.ChecklistDefinition;
import org.retrogistics.inspection.ChecklistItem;
import org.retrogistics.inspection.InspectingUnits;
import org.retrogistics.inspection.InspectionFacts;
import org.retrogistics.receiving.ReceiptOutcome;
import org.retrogistics.receiving.Scan;
import org.retrogistics.receiving.ScanResult;
import org.retrogistics.receiving.ScanningAtDock;
import org.retrogistics.receiving.Taken;
import org.retrogistics.returns.ReturnDetailSnapshot;
import org.retrogistics.returns.ReturnManagement;
import org.retrogistics.returns.ReturnSearch;
import org.retrogistics.returns.ReturnStatus;
import org.retrogistics.shared.BatteryState;
import org.retrogistics.shared.ClientId;
import org.retrogistics.shared.CosmeticGrade;
import org.retrogistics.shared.DomainException;
import org.retrogistics.workshop.QualifyingTechnicians;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Demo warehouse activity: parcels in transit scanned at the dock, most of their units inspected with answers that
 * vary like real ones, so that the queues, dispositions and work orders (opened by events) have something to show.
 */
@Component
class DemoWarehouse {

    private static final CosmeticGrade[] COSMETIC = {
        CosmeticGrade.A,
        CosmeticGrade.A,
        CosmeticGrade.B,
        CosmeticGrade.B,
        CosmeticGrade.B,
        CosmeticGrade.C,
        CosmeticGrade.D
    };

    private final ReturnManagement returns;
    private final ScanningAtDock receiving;
    private final InspectingUnits inspection;
    private final QualifyingTechnicians technicians;
    private final CustodyLedger custody;
    private final CatalogManagement catalog;

    DemoWarehouse(
            ReturnManagement returns,
            ScanningAtDock receiving,
            InspectingUnits inspection,
            QualifyingTechnicians technicians,
            CustodyLedger custody,
            CatalogManagement catalog) {
        this.returns = returns;
        this.receiving = receiving;
        this.inspection = inspection;
        this.technicians = technicians;
        this.custody = custody;
        this.catalog = catalog;
    }

    void seed(ClientFacts client, int parcels, Random random) {
        ClientId id = client.clientId();
        Actor warehouse = new Actor(id, client.code() + "-warehouse", EnumSet.of(Role.WAREHOUSE), null);
        Actor manager = new Actor(id, client.code() + "-manager", EnumSet.of(Role.MANAGER), null);
        technicians.qualify(manager, client.code() + "-technician", List.of("*"));
        List<ReturnDetailSnapshot> inTransit = returns.searchDetails(
                        id,
                        new ReturnSearch(ReturnStatus.IN_TRANSIT, null, null, null, null, null),
                        PageRequest.of(0, 2 * parcels))
                .getContent();
        int n = 0;
        // half of the parcels on the road arrive; the rest stay in transit
        for (ReturnDetailSnapshot r : inTransit.subList(0, Math.min(parcels, inTransit.size() / 2))) {
            int roll = random.nextInt(100);
            ReceiptOutcome outcome = roll < 5
                    ? ReceiptOutcome.DAMAGED_IN_TRANSIT
                    : roll < 8 ? ReceiptOutcome.WRONG_ITEM : ReceiptOutcome.RECEIVED;
            ScanResult scanned = receiving.scan(warehouse, new Scan(r.rmaNumber(), outcome, null, null, null));
            if (n++ % 4 == 3) {
                continue; // left in the inspection queue
            }
            for (Taken t : scanned.units()) {
                inspect(id, warehouse, t, random);
            }
        }
    }

    private void inspect(ClientId id, Actor warehouse, Taken taken, Random random) {
        UnitSnapshot unit = custody.unit(id, taken.unitId());
        ProductFacts product = catalog.product(id, unit.productId());
        ChecklistDefinition checklist = inspection.checklistFor(id, taken.unitId());
        Map<String, String> answers = new LinkedHashMap<>();
        for (ChecklistItem item : checklist.items()) {
            boolean fails = random.nextInt(100) < 12;
            String answer =
                    switch (item.kind()) {
                        case YES_NO -> (fails != item.expected()) ? "yes" : "no";
                        case PASS_FAIL -> fails ? "fail" : "pass";
                        case MEASURED -> measured(item, fails);
                        case COSMETIC -> COSMETIC[random.nextInt(COSMETIC.length)].name();
                        case PHOTO -> "photo-" + unit.licencePlate() + "-" + item.key() + ".jpg";
                    };
            answers.put(item.key(), answer);
        }
        BatteryState battery = product.battery() == null
                ? null
                : random.nextInt(100) < 6 ? BatteryState.DAMAGED_DEFECTIVE : BatteryState.OK;
        try {
            inspection.inspect(
                    warehouse,
                    taken.unitId(),
                    new InspectionFacts(
                            answers,
                            null,
                            product.dataBearing() && random.nextInt(100) < 8,
                            battery,
                            null,
                            false,
                            CosmeticGrade.B,
                            null));
        } catch (DomainException e) {
            // a client checklist the demo cannot answer: the unit stays in the queue, as it would on a real dock
        }
    }

    private static String measured(ChecklistItem item, boolean fails) {
        BigDecimal min = item.min();
        BigDecimal max = item.max();
        if (fails) {
            return min != null
                    ? min.subtract(BigDecimal.TEN).toPlainString()
                    : max.add(BigDecimal.TEN).toPlainString();
        }
        return (min != null ? min : max).toPlainString();
    }
}
