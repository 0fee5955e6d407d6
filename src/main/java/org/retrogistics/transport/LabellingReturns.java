package org.retrogistics.transport;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.retrogistics.access.Actor;
import org.retrogistics.catalog.CatalogManagement;
import org.retrogistics.catalog.ProductFacts;
import org.retrogistics.returns.ReturnManagement;
import org.retrogistics.returns.ReturnSnapshot;
import org.retrogistics.returns.ReturnStatus;
import org.retrogistics.shared.Gs1;
import org.retrogistics.transport.ShipmentManagement.NoAirWithDamagedBattery;
import org.retrogistics.transport.ShipmentManagement.NoLabel;
import org.retrogistics.transport.internal.ShipmentRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Return labels: a label books the parcel on ground or air (never air with a battery that may be damaged), marks the UN
 * numbers of the lithium batteries inside and records its leg.
 */
@Service
@Transactional(readOnly = true)
public class LabellingReturns {

    private final ShipmentRepository shipments;
    private final ReturnManagement returns;
    private final CatalogManagement catalog;
    private final JdbcClient jdbc;
    private final TransportSettings settings;
    private final Clock clock;

    LabellingReturns(
            ShipmentRepository shipments,
            ReturnManagement returns,
            CatalogManagement catalog,
            JdbcClient jdbc,
            TransportSettings settings,
            Optional<Clock> clock) {
        this.shipments = shipments;
        this.returns = returns;
        this.catalog = catalog;
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** The return's label; asking again gives the same one. Air only when asked and no battery may be damaged. */
    @Transactional
    public Shipment label(Actor actor, UUID returnId, Shipment.Service wanted) {
        ReturnSnapshot r = returns.snapshot(actor.clientId(), returnId);
        Optional<Shipment> existing =
                shipments.findByReturnIdAndClientId(returnId, actor.clientId().value());
        if (existing.isPresent()) {
            return existing.get();
        }
        if (r.status() != ReturnStatus.AUTHORIZED) {
            throw new NoLabel(r.rmaNumber(), r.status());
        }
        Set<String> un = new LinkedHashSet<>();
        boolean damaged = false;
        long grams = 0;
        Map<UUID, ProductFacts> products = catalog.productsById(
                actor.clientId(),
                r.lines().stream().map(ReturnSnapshot.Line::productId).toList());
        for (ReturnSnapshot.Line line : r.lines()) {
            ProductFacts p = products.get(line.productId());
            grams += (long) p.weightGrams() * line.quantity();
            if (p.unNumber() != null) {
                un.add(p.unNumber());
                // a battery product sent back as defective or damaged may carry a damaged battery (SP A154: no air)
                damaged |= DamagedBatteryPolicy.judge(p.unNumber(), null, line.reason())
                        .damaged();
            }
        }
        Shipment.Service service =
                wanted == Shipment.Service.AIR && !damaged ? Shipment.Service.AIR : Shipment.Service.GROUND;
        if (wanted == Shipment.Service.AIR && damaged) {
            throw new NoAirWithDamagedBattery(r.rmaNumber());
        }
        Shipment s = shipments.saveAndFlush(new Shipment(
                new ShipmentDraft(
                        actor.clientId().value(),
                        returnId,
                        r.rmaNumber(),
                        settings.labelCarrier(),
                        service,
                        trackingNumber(shipments.nextTrackingNumber()),
                        String.join(",", un),
                        damaged),
                actor.name(),
                clock.instant()));
        String mode = service == Shipment.Service.AIR ? "AIR" : "ROAD";
        // the customer-to-warehouse leg; its distance is unknown until the carrier tells, so no CO2 estimate yet
        jdbc.sql(
                        """
                        insert into shipment_leg (shipment_id, seq, from_place, to_place, mode, distance_km, co2_kg)
                        values (:s, 1, :from, :to, :mode, null, null)
                        """)
                .param("s", s.getId())
                .param("from", "customer " + r.customerEmail())
                .param("to", settings.warehouseAddress())
                .param("mode", mode)
                .update();
        return s;
    }

    /** As {@link #label}, by ground unless a label exists already, as a value: for the portal and the pages. */
    @Transactional
    public ShipmentSnapshot labelFor(Actor actor, UUID returnId) {
        return ShipmentSnapshot.of(label(actor, returnId, null));
    }

    /** A tracking number of ours: RP, ten digits and a GS1 check digit, so a mistyped one is caught at the counter. */
    static String trackingNumber(long n) {
        String digits = "%010d".formatted(n);
        return "RP" + digits + Gs1.checkDigit(digits);
    }
}
