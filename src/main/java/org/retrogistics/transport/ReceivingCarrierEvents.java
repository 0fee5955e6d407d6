package org.retrogistics.transport;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.retrogistics.shared.DomainException;
import org.retrogistics.transport.ShipmentManagement.BadCarrierEvent;
import org.retrogistics.transport.ShipmentManagement.CarrierEvent;
import org.retrogistics.transport.ShipmentManagement.EventOutcome;
import org.retrogistics.transport.internal.ShipmentRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Carrier tracking: signed carrier events move the shipment, the return and the units' custody; every event is kept
 * with what became of it, a replay changes nothing.
 */
@Service
@Transactional(readOnly = true)
public class ReceivingCarrierEvents {

    private final ShipmentRepository shipments;
    private final CarrierEventLog log;
    private final ReturnsFollowParcels follow;
    private final TransportSettings settings;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ReceivingCarrierEvents(
            ShipmentRepository shipments,
            CarrierEventLog log,
            ReturnsFollowParcels follow,
            TransportSettings settings,
            PlatformTransactionManager transactions,
            Optional<Clock> clock) {
        this.shipments = shipments;
        this.log = log;
        this.follow = follow;
        this.settings = settings;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Checks a carrier request's signature alone (for a body that cannot be read as an event). */
    public void checkSignature(String carrier, String signature, String body) {
        checkSignature(carrier, CarrierSignature.Headers.carrier(signature), body);
    }

    /** Checks a carrier request's signature, in either scheme, alone (for a body that cannot be read as an event). */
    public void checkSignature(String carrier, CarrierSignature.Headers signature, String body) {
        CarrierSignature.verify(
                settings.carrierSecrets().get(carrier),
                signature,
                body,
                clock.instant(),
                settings.signatureTolerance());
    }

    /**
     * Takes a signed carrier event. A replay (same carrier and event id) changes nothing and says so; an event older
     * than the last one applied is recorded with the reason and not applied; an event that names no shipment, client or
     * order of ours is kept once as unmatched. Its effect runs in a transaction of its own, so that a refusal on the
     * way (a failed delivery whose order has nothing left to return) is still recorded, never a failure of the call.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public EventOutcome receive(String carrier, String signature, String body, CarrierEvent e) {
        return receive(carrier, CarrierSignature.Headers.carrier(signature), body, e);
    }

    /** {@link #receive(String, String, String, CarrierEvent)} signed in either scheme ({@link CarrierSignature}). */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public EventOutcome receive(String carrier, CarrierSignature.Headers signature, String body, CarrierEvent e) {
        checkSignature(carrier, signature, body);
        return receiveTrusted(carrier, e);
    }

    /**
     * Takes a carrier event from a caller that is already trusted (a client's transport system over its API token or
     * the message broker, ADR 0029), with the same effects, replay detection and record as a signed one.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public EventOutcome receiveTrusted(String carrier, CarrierEvent e) {
        if (e.eventId() == null || e.eventId().isBlank() || e.type() == null || e.occurredAt() == null) {
            throw new BadCarrierEvent("an event needs eventId, type and occurredAt");
        }
        String type = e.type().strip().toUpperCase(Locale.ROOT);
        if (!ShipmentLifecycle.knownEvent(type)) {
            throw new BadCarrierEvent("unknown event type '" + e.type() + "'");
        }
        try {
            return transactions.execute(tx -> apply(carrier, e, type));
        } catch (ReturnsFollowParcels.DeliveryRefused refused) {
            // the return to sender was refused and rolled back: record why, in a transaction of its own
            DomainException why = refused.reason();
            return transactions.execute(tx -> why.kind() == DomainException.Kind.NOT_FOUND
                    ? log.unmatched(carrier, e, type, why.getMessage())
                    : log.record(carrier, e, type, null, new EventOutcome("REJECTED", why.getMessage(), null, null)));
        }
    }

    private EventOutcome apply(String carrier, CarrierEvent e, String type) {
        Optional<EventOutcome> seen = log.seenBefore(carrier, e);
        if (seen.isPresent()) {
            return seen.get();
        }
        if (type.equals("DELIVERY_FAILED")) {
            return log.record(carrier, e, type, null, follow.deliveryFailed(carrier, e));
        }
        Optional<Shipment> found = e.trackingNumber() == null
                ? Optional.empty()
                : shipments.lockByTrackingNumber(e.trackingNumber().strip());
        if (found.isEmpty()) {
            return log.unmatched(carrier, e, type, "no shipment has tracking number '" + e.trackingNumber() + "'");
        }
        Shipment s = found.get();
        ShipmentStatus before = s.getStatus();
        if (!s.apply(type, e.occurredAt())) {
            return log.record(
                    carrier,
                    e,
                    type,
                    s,
                    new EventOutcome(
                            "NOT_APPLIED",
                            (s.getLastEventAt() != null && e.occurredAt().isBefore(s.getLastEventAt())
                                            ? "older than the last event applied"
                                            : type + " does not follow " + before)
                                    + "; the shipment stays " + s.getStatus(),
                            s.getStatus().name(),
                            s.getRmaNumber()));
        }
        follow.moveReturn(carrier, s, before, e);
        return log.record(
                carrier,
                e,
                type,
                s,
                new EventOutcome(
                        "APPLIED",
                        before + " -> " + s.getStatus(),
                        s.getStatus().name(),
                        s.getRmaNumber()));
    }
}
