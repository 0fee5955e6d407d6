package org.retrogistics.integration;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.retrogistics.access.Actor;
import org.retrogistics.integration.internal.InboundLog;
import org.retrogistics.receiving.ReceiptOutcome;
import org.retrogistics.receiving.Scan;
import org.retrogistics.receiving.ScanResult;
import org.retrogistics.receiving.ScanningAtDock;
import org.retrogistics.shared.DomainException;
import org.retrogistics.transport.ReceivingCarrierEvents;
import org.retrogistics.transport.ShipmentManagement;
import org.retrogistics.transport.ShipmentManagement.CarrierEvent;
import org.retrogistics.transport.ShipmentManagement.EventOutcome;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Status updates from clients' WMS and TMS, mapped onto the use cases that exist (ADR 0029): RECEIVED is a dock scan
 * ({@link ScanningAtDock}), SHIPPED, DELIVERED and LOST are carrier events on the client's shipment
 * ({@link ReceivingCarrierEvents}), so they change state exactly as the dock and the carrier would. Idempotent by
 * message id: the id is written first, in the transaction of the effect, so a second message with it (even at the
 * same moment) waits for the first and then gets its outcome; an update that fails leaves no trace and may be sent
 * again.
 */
@Service
public class InboundStatusUpdates {

    /** The carrier name transport updates are recorded under in the shipment's timeline. */
    public static final String TMS = "tms";

    private static final Map<String, String> CARRIER_EVENTS =
            Map.of("SHIPPED", "PICKED_UP", "DELIVERED", "DELIVERED", "LOST", "LOST");

    private final InboundLog log;
    private final ScanningAtDock dock;
    private final ShipmentManagement shipments;
    private final ReceivingCarrierEvents carrierEvents;
    private final TransactionTemplate transactions;

    InboundStatusUpdates(
            InboundLog log,
            ScanningAtDock dock,
            ShipmentManagement shipments,
            ReceivingCarrierEvents carrierEvents,
            PlatformTransactionManager transactions) {
        this.log = log;
        this.dock = dock;
        this.shipments = shipments;
        this.carrierEvents = carrierEvents;
        this.transactions = new TransactionTemplate(transactions);
    }

    /** Takes one update for the actor's client; {@code channel} (API, QUEUE) is recorded with it. */
    public StatusUpdateOutcome accept(Actor actor, String channel, StatusUpdate u) {
        String status = checked(u);
        StatusUpdate update = new StatusUpdate(
                u.messageId().strip(), status, u.reference().strip(), u.occurredAt(), u.location(), u.note());
        return transactions.execute(tx -> {
            if (!log.claim(actor.clientId(), channel, update)) {
                return duplicate(actor, update);
            }
            StatusUpdateOutcome outcome = apply(actor, update);
            log.record(actor.clientId(), update.messageId(), outcome.outcome(), outcome.detail());
            return outcome;
        });
    }

    private StatusUpdateOutcome duplicate(Actor actor, StatusUpdate u) {
        InboundLog.Seen seen = log.seen(actor.clientId(), u.messageId());
        if (!seen.status().equals(u.status()) || !seen.reference().equals(u.reference())) {
            throw new InvalidStatusUpdate(
                    DomainException.Kind.CONFLICT,
                    "message " + u.messageId() + " was received before as " + seen.status() + " of " + seen.reference()
                            + ": a new update needs a new message id");
        }
        return new StatusUpdateOutcome(u.messageId(), u.status(), u.reference(), seen.outcome(), seen.detail(), true);
    }

    private StatusUpdateOutcome apply(Actor actor, StatusUpdate u) {
        if (u.status().equals("RECEIVED")) {
            ScanResult r =
                    dock.scan(actor, new Scan(u.reference(), ReceiptOutcome.RECEIVED, u.location(), null, u.note()));
            return new StatusUpdateOutcome(u.messageId(), u.status(), u.reference(), "APPLIED", r.message(), false);
        }
        // the shipment must be the client's: a client's TMS moves its own parcels only
        shipments.get(actor.clientId(), u.reference());
        EventOutcome e = carrierEvents.receiveTrusted(
                TMS,
                new CarrierEvent(
                        // event ids are unique per carrier: the client's id keeps two clients' message ids apart
                        actor.clientId().value() + ":" + u.messageId(),
                        u.reference(),
                        CARRIER_EVENTS.get(u.status()),
                        u.occurredAt(),
                        u.location(),
                        null,
                        null,
                        u.note()));
        return new StatusUpdateOutcome(u.messageId(), u.status(), u.reference(), e.outcome(), e.detail(), false);
    }

    private static String checked(StatusUpdate u) {
        if (u == null || blank(u.messageId()) || blank(u.status()) || blank(u.reference())) {
            throw new InvalidStatusUpdate(
                    DomainException.Kind.INVALID, "a status update needs messageId, status and reference");
        }
        if (u.messageId().strip().length() > 200) {
            throw new InvalidStatusUpdate(DomainException.Kind.INVALID, "a message id has at most 200 characters");
        }
        String status = u.status().strip().toUpperCase(Locale.ROOT);
        if (!status.equals("RECEIVED") && !CARRIER_EVENTS.containsKey(status)) {
            throw new InvalidStatusUpdate(
                    DomainException.Kind.INVALID,
                    "unknown status '" + u.status() + "': RECEIVED, SHIPPED, DELIVERED or LOST");
        }
        if (!status.equals("RECEIVED") && u.occurredAt() == null) {
            throw new InvalidStatusUpdate(
                    DomainException.Kind.INVALID,
                    status + " needs occurredAt: transport updates may arrive out of order");
        }
        return status;
    }

    private static boolean blank(String s) {
        return Optional.ofNullable(s).map(String::isBlank).orElse(true);
    }
}
