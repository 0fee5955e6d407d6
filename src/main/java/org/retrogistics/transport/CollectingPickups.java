package org.retrogistics.transport;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.retrogistics.access.Actor;
import org.retrogistics.catalog.CatalogManagement;
import org.retrogistics.catalog.ProductFacts;
import org.retrogistics.custody.CustodyEventType;
import org.retrogistics.custody.CustodyLedger;
import org.retrogistics.custody.CustodyMove;
import org.retrogistics.custody.ExpectedUnit;
import org.retrogistics.custody.UnitSnapshot;
import org.retrogistics.transport.PickupPlanning.AlreadyCollected;
import org.retrogistics.transport.PickupPlanning.InvalidPickup;
import org.retrogistics.transport.PickupPlanning.Item;
import org.retrogistics.transport.PickupPlanning.NotPlanned;
import org.retrogistics.transport.PickupPlanning.PickupView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proof of pickup: the driver scans the stop; each item collected becomes a unit in transit with the driver, its custody
 * starting here.
 */
@Service
@Transactional(readOnly = true)
public class CollectingPickups {

    private final PickupPlanning pickups;
    private final CustodyLedger custody;
    private final CatalogManagement catalog;
    private final JdbcClient jdbc;

    CollectingPickups(PickupPlanning pickups, CustodyLedger custody, CatalogManagement catalog, JdbcClient jdbc) {
        this.pickups = pickups;
        this.custody = custody;
        this.catalog = catalog;
        this.jdbc = jdbc;
    }

    /**
     * Proof of pickup: the driver scans the stop; each item collected becomes a unit in transit with the driver, its
     * custody starting here.
     */
    @Transactional
    public List<UnitSnapshot> collect(Actor actor, UUID pickupId) {
        PickupView p = pickups.pickup(actor.clientId(), pickupId);
        if (p.collectedAt() != null) {
            throw new AlreadyCollected(p.reference(), p.collectedAt());
        }
        if (p.vehicle() == null) {
            throw new NotPlanned(p.reference());
        }
        List<ExpectedUnit> expected = new ArrayList<>();
        for (Item item : p.items()) {
            ProductFacts product = catalog.productBySku(actor.clientId(), item.sku())
                    .orElseThrow(() -> new InvalidPickup("unknown SKU " + item.sku()));
            for (int i = 0; i < item.quantity(); i++) {
                expected.add(new ExpectedUnit(
                        actor.clientId(),
                        product.id(),
                        product.sku(),
                        null,
                        null,
                        "pickup:" + p.reference(),
                        p.siteName(),
                        "site:" + p.siteName(),
                        actor.name()));
            }
        }
        List<UnitSnapshot> units = custody.expectAll(expected);
        Instant now = Instant.now();
        for (UnitSnapshot u : units) {
            custody.record(
                    actor.clientId(),
                    u.id(),
                    new CustodyMove(
                            CustodyEventType.IN_TRANSIT,
                            "vehicle " + p.vehicle(),
                            "driver:" + p.vehicle(),
                            now,
                            actor.name(),
                            "pickup:" + p.reference(),
                            "collected at " + p.siteName()));
        }
        jdbc.sql("update pickup_request set status = 'COLLECTED', collected_at = :at where id = :id")
                .param("at", Timestamp.from(now))
                .param("id", pickupId)
                .update();
        // the units as the ledger now has them: in transit with the driver
        java.util.Map<UUID, UnitSnapshot> current = new java.util.HashMap<>();
        custody.unitsFor(actor.clientId(), List.of("pickup:" + p.reference())).forEach(u -> current.put(u.id(), u));
        return units.stream().map(u -> current.getOrDefault(u.id(), u)).toList();
    }
}
