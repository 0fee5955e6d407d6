package org.retrogistics.transport;

import java.util.Optional;
import org.retrogistics.access.Actor;
import org.retrogistics.catalog.CatalogManagement;
import org.retrogistics.custody.CustodyEventType;
import org.retrogistics.custody.CustodyLedger;
import org.retrogistics.custody.CustodyMove;
import org.retrogistics.custody.UnitSnapshot;
import org.retrogistics.returns.ReturnSnapshot;
import org.retrogistics.returns.ReturnStatus;
import org.retrogistics.shared.ClientId;
import org.retrogistics.shared.DomainException;
import org.retrogistics.transport.ShipmentManagement.CarrierEvent;
import org.retrogistics.transport.ShipmentManagement.EventOutcome;
import org.springframework.stereotype.Component;

/**
 * What a carrier event does beyond the shipment: the return and its units follow the parcel, and an outbound order the
 * carrier could not deliver comes back as a return to sender.
 */
@Component
class ReturnsFollowParcels {

    private final ParcelReturns returns;
    private final CustodyLedger custody;
    private final CatalogManagement catalog;
    private final TransportSettings settings;
    private final CarrierEventLog log;

    ReturnsFollowParcels(
            ParcelReturns returns,
            CustodyLedger custody,
            CatalogManagement catalog,
            TransportSettings settings,
            CarrierEventLog log) {
        this.returns = returns;
        this.custody = custody;
        this.catalog = catalog;
        this.settings = settings;
        this.log = log;
    }

    /** The return and its units follow the parcel: in transit with the carrier, then at the warehouse's door. */
    void moveReturn(String carrier, Shipment s, ShipmentStatus before, CarrierEvent e) {
        ClientId client = new ClientId(s.getClientId());
        Actor carrierActor = Actor.system(client, "carrier:" + carrier);
        ReturnSnapshot r = returns.reads().snapshot(client, s.getReturnId());
        if (before == ShipmentStatus.LABEL_CREATED && r.status() == ReturnStatus.AUTHORIZED) {
            returns.shipping().ship(carrierActor, r.id(), null, carrier, s.getTrackingNumber());
        } else if (r.status() == ReturnStatus.IN_TRANSIT) {
            if (s.getStatus() == ShipmentStatus.LOST) {
                returns.settlement().lose(carrierActor, r.id(), null, carrier + " reports the parcel lost");
            } else {
                returns.settlement().scanned(client, r.id(), e.occurredAt());
            }
        }
        if (s.getStatus() == ShipmentStatus.DELIVERED) {
            for (UnitSnapshot u : returns.reads().units(client, r)) {
                custody.record(
                        client,
                        u.id(),
                        new CustodyMove(
                                CustodyEventType.NOTE,
                                null,
                                null,
                                e.occurredAt(),
                                carrierActor.name(),
                                "shipment:" + s.getTrackingNumber(),
                                "delivered to " + settings.warehouseAddress() + " by " + carrier
                                        + "; waiting for the dock scan"));
            }
        }
    }

    /** An outbound order the carrier could not deliver comes back by itself, as a return to sender. */
    EventOutcome deliveryFailed(String carrier, CarrierEvent e) {
        if (e.clientCode() == null || e.orderNumber() == null) {
            return new EventOutcome("REJECTED", "a delivery failure names the client and the order number", null, null);
        }
        Optional<org.retrogistics.catalog.ClientFacts> client = catalog.findClientByCode(e.clientCode());
        if (client.isEmpty()) {
            // said like an unknown order of a known client, so the answer does not tell which clients exist
            return log.unmatched(carrier, e, "DELIVERY_FAILED", "No order " + e.orderNumber() + " for this client");
        }
        try {
            ReturnSnapshot r = returns.returningToSender()
                    .returnToSenderSnapshot(
                            Actor.system(client.get().clientId(), "carrier:" + carrier),
                            e.orderNumber(),
                            carrier,
                            e.trackingNumber() == null ? e.eventId() : e.trackingNumber(),
                            e.note() == null ? "delivery failed" : e.note());
            return new EventOutcome("APPLIED", "return to sender " + r.rmaNumber(), null, r.rmaNumber());
        } catch (DomainException refused) {
            // the returns module's transaction is ours: it is marked for rollback, so leave it and record afresh
            throw new DeliveryRefused(refused);
        }
    }

    /** A failed delivery that the returns module refused, carried out of the transaction it spoiled. */
    static final class DeliveryRefused extends RuntimeException {
        private final DomainException reason;

        DeliveryRefused(DomainException reason) {
            super(reason.getMessage(), reason, false, false);
            this.reason = reason;
        }

        DomainException reason() {
            return reason;
        }
    }
}
