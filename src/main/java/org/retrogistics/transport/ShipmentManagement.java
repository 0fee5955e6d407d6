package org.retrogistics.transport;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.retrogistics.access.Actor;
import org.retrogistics.catalog.CatalogManagement;
import org.retrogistics.catalog.ProductFacts;
import org.retrogistics.custody.CustodyEventType;
import org.retrogistics.custody.CustodyLedger;
import org.retrogistics.custody.CustodyMove;
import org.retrogistics.custody.Unit;
import org.retrogistics.returns.ReturnLine;
import org.retrogistics.returns.ReturnManagement;
import org.retrogistics.returns.ReturnRequest;
import org.retrogistics.returns.ReturnSettlement;
import org.retrogistics.returns.ReturnStatus;
import org.retrogistics.returns.ReturningToSender;
import org.retrogistics.returns.ShippingReturns;
import org.retrogistics.shared.ClientId;
import org.retrogistics.shared.DomainException;
import org.retrogistics.shared.Gs1;
import org.retrogistics.shared.LabelPage;
import org.retrogistics.shared.NotFound;
import org.retrogistics.transport.internal.ShipmentRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Return labels and carrier tracking. A label books the parcel on ground or air (never air with a battery that may be
 * damaged), marks the UN numbers of the lithium batteries inside and records its leg. Signed carrier events move the
 * shipment, the return and the units' custody; every event is kept with what became of it, a replay changes nothing.
 */
@Service
@Transactional(readOnly = true)
public class ShipmentManagement {

    /** An event as a carrier sends it; {@code clientCode} and {@code orderNumber} name an outbound order. */
    public record CarrierEvent(
            String eventId,
            String trackingNumber,
            String type,
            Instant occurredAt,
            String location,
            String clientCode,
            String orderNumber,
            String note) {}

    /**
     * What became of a carrier event: APPLIED, NOT_APPLIED (out of order), REJECTED (refused by a business rule),
     * DUPLICATE (received before), or UNMATCHED (it names no shipment, client or order we know: kept for an operator).
     */
    public record EventOutcome(String outcome, String detail, String shipmentStatus, String rmaNumber) {

        public static final String UNMATCHED = "UNMATCHED";

        /** Recorded, but it changed nothing because it matches nothing of ours. */
        public boolean unmatched() {
            return UNMATCHED.equals(outcome);
        }
    }

    /** A carrier event as the shipment's timeline shows it. */
    public record TimelineEntry(
            String eventId, String type, Instant occurredAt, Instant receivedAt, String outcome, String detail) {}

    private final ShipmentRepository shipments;
    private final ReturnManagement returns;
    private final ReturningToSender returningToSender;
    private final ShippingReturns shipping;
    private final ReturnSettlement settlement;
    private final CustodyLedger custody;
    private final CatalogManagement catalog;
    private final JdbcClient jdbc;
    private final TransportSettings settings;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ShipmentManagement(
            ShipmentRepository shipments,
            ReturnManagement returns,
            ReturningToSender returningToSender,
            ShippingReturns shipping,
            ReturnSettlement settlement,
            CustodyLedger custody,
            CatalogManagement catalog,
            JdbcClient jdbc,
            TransportSettings settings,
            PlatformTransactionManager transactions,
            Optional<Clock> clock) {
        this.transactions = new TransactionTemplate(transactions);
        this.shipments = shipments;
        this.returns = returns;
        this.returningToSender = returningToSender;
        this.shipping = shipping;
        this.settlement = settlement;
        this.custody = custody;
        this.catalog = catalog;
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** The return's label; asking again gives the same one. Air only when asked and no battery may be damaged. */
    @Transactional
    public Shipment label(Actor actor, UUID returnId, Shipment.Service wanted) {
        ReturnRequest r = returns.get(actor.clientId(), returnId);
        Optional<Shipment> existing =
                shipments.findByReturnIdAndClientId(returnId, actor.clientId().value());
        if (existing.isPresent()) {
            return existing.get();
        }
        if (r.getStatus() != ReturnStatus.AUTHORIZED) {
            throw new NoLabel(r.getRmaNumber(), r.getStatus());
        }
        Set<String> un = new LinkedHashSet<>();
        boolean damaged = false;
        long grams = 0;
        Map<UUID, ProductFacts> products = catalog.productsById(
                actor.clientId(),
                r.getLines().stream().map(ReturnLine::getProductId).toList());
        for (ReturnLine line : r.getLines()) {
            ProductFacts p = products.get(line.getProductId());
            grams += (long) p.weightGrams() * line.getQuantity();
            if (p.unNumber() != null) {
                un.add(p.unNumber());
                // a battery product sent back as defective or damaged may carry a damaged battery (SP A154: no air)
                damaged |= DamagedBatteryPolicy.judge(p.unNumber(), null, line.getReason())
                        .damaged();
            }
        }
        Shipment.Service service =
                wanted == Shipment.Service.AIR && !damaged ? Shipment.Service.AIR : Shipment.Service.GROUND;
        if (wanted == Shipment.Service.AIR && damaged) {
            throw new NoAirWithDamagedBattery(r.getRmaNumber());
        }
        Shipment s = shipments.saveAndFlush(new Shipment(
                actor.clientId().value(),
                returnId,
                r.getRmaNumber(),
                settings.labelCarrier(),
                service,
                trackingNumber(shipments.nextTrackingNumber()),
                String.join(",", un),
                damaged,
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
                .param("from", "customer " + r.getCustomerEmail())
                .param("to", settings.warehouseAddress())
                .param("mode", mode)
                .update();
        return s;
    }

    /** A tracking number of ours: RP, ten digits and a GS1 check digit, so a mistyped one is caught at the counter. */
    static String trackingNumber(long n) {
        String digits = "%010d".formatted(n);
        return "RP" + digits + Gs1.checkDigit(digits);
    }

    /** CO2e of a leg in kg: distance × weight × the mode's factor (grams CO2e per tonne-km, TransportSettings). */
    public BigDecimal co2Kg(TransportMode mode, BigDecimal distanceKm, long grams) {
        return LegFigures.co2eKg(
                distanceKm, grams, settings.co2eGramsPerTonneKm().get(mode));
    }

    public byte[] labelPdf(ClientId client, String trackingNumber) {
        Shipment s = get(client, trackingNumber);
        LabelPage page = new LabelPage()
                .line("RETURN  " + s.getRmaNumber(), 18, true)
                .line(s.getCarrier() + "  " + s.getService(), 14, true)
                .line("To: " + settings.warehouseAddress(), 11, false);
        for (String un :
                s.getUnNumbers().isBlank() ? new String[0] : s.getUnNumbers().split(",")) {
            page.line(un + " " + unText(un) + "  - Class 9", 11, true);
        }
        if (s.isDamagedBattery()) {
            page.line("DAMAGED/DEFECTIVE LITHIUM ION BATTERY", 11, true)
                    .line("FORBIDDEN ON AIRCRAFT - GROUND ONLY", 11, true);
        }
        return page.barcode(s.getTrackingNumber(), s.getTrackingNumber())
                .qr("RETURN:" + s.getRmaNumber() + ":" + s.getTrackingNumber())
                .pdf();
    }

    private static String unText(String un) {
        return switch (un) {
            case "UN3480" -> "Lithium ion batteries";
            case "UN3481" -> "Lithium ion batteries contained in equipment";
            case "UN3090" -> "Lithium metal batteries";
            case "UN3091" -> "Lithium metal batteries contained in equipment";
            default -> "";
        };
    }

    public Shipment get(ClientId client, String trackingNumber) {
        return shipments
                .findByTrackingNumberAndClientId(trackingNumber, client.value())
                .orElseThrow(() -> new NotFound("shipment", trackingNumber));
    }

    public List<TimelineEntry> timeline(ClientId client, String trackingNumber) {
        Shipment s = get(client, trackingNumber);
        return jdbc.sql(
                        """
                        select event_id, type, occurred_at, received_at, outcome, detail from carrier_event
                        where shipment_id = :s order by occurred_at, id
                        """)
                .param("s", s.getId())
                .query((rs, i) -> new TimelineEntry(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getTimestamp(3).toInstant(),
                        rs.getTimestamp(4).toInstant(),
                        rs.getString(5),
                        rs.getString(6)))
                .list();
    }

    /** Checks a carrier request's signature alone (for a body that cannot be read as an event). */
    public void checkSignature(String carrier, String signature, String body) {
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
        CarrierSignature.verify(
                settings.carrierSecrets().get(carrier),
                signature,
                body,
                clock.instant(),
                settings.signatureTolerance());
        if (e.eventId() == null || e.eventId().isBlank() || e.type() == null || e.occurredAt() == null) {
            throw new BadCarrierEvent("an event needs eventId, type and occurredAt");
        }
        String type = e.type().strip().toUpperCase(Locale.ROOT);
        if (!ShipmentLifecycle.knownEvent(type)) {
            throw new BadCarrierEvent("unknown event type '" + e.type() + "'");
        }
        try {
            return transactions.execute(tx -> apply(carrier, e, type));
        } catch (DeliveryRefused refused) {
            // the return to sender was refused and rolled back: record why, in a transaction of its own
            DomainException why = refused.reason();
            return transactions.execute(tx -> why.kind() == DomainException.Kind.NOT_FOUND
                    ? unmatched(carrier, e, type, why.getMessage())
                    : record(carrier, e, type, null, new EventOutcome("REJECTED", why.getMessage(), null, null)));
        }
    }

    private EventOutcome apply(String carrier, CarrierEvent e, String type) {
        Optional<String> unmatchedBefore = jdbc.sql(
                        "select reason from unmatched_carrier_event where carrier = :c and event_id = :e")
                .param("c", carrier)
                .param("e", e.eventId())
                .query(String.class)
                .optional();
        if (unmatchedBefore.isPresent()) {
            return new EventOutcome(
                    EventOutcome.UNMATCHED,
                    "event " + e.eventId() + " was received before and matched nothing (" + unmatchedBefore.get()
                            + "); it is kept once",
                    null,
                    null);
        }
        Optional<String> seen = jdbc.sql("select outcome from carrier_event where carrier = :c and event_id = :e")
                .param("c", carrier)
                .param("e", e.eventId())
                .query(String.class)
                .optional();
        if (seen.isPresent()) {
            return new EventOutcome(
                    "DUPLICATE",
                    "event " + e.eventId() + " was received before (" + seen.get() + "); nothing changed",
                    null,
                    null);
        }
        if (type.equals("DELIVERY_FAILED")) {
            return record(carrier, e, type, null, deliveryFailed(carrier, e));
        }
        Optional<Shipment> found = e.trackingNumber() == null
                ? Optional.empty()
                : shipments.lockByTrackingNumber(e.trackingNumber().strip());
        if (found.isEmpty()) {
            return unmatched(carrier, e, type, "no shipment has tracking number '" + e.trackingNumber() + "'");
        }
        Shipment s = found.get();
        ShipmentStatus before = s.getStatus();
        if (!s.apply(type, e.occurredAt())) {
            return record(
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
        moveReturn(carrier, s, before, e);
        return record(
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

    /** The return and its units follow the parcel: in transit with the carrier, then at the warehouse's door. */
    private void moveReturn(String carrier, Shipment s, ShipmentStatus before, CarrierEvent e) {
        ClientId client = new ClientId(s.getClientId());
        Actor carrierActor = Actor.system(client, "carrier:" + carrier);
        ReturnRequest r = returns.get(client, s.getReturnId());
        if (before == ShipmentStatus.LABEL_CREATED && r.getStatus() == ReturnStatus.AUTHORIZED) {
            shipping.ship(carrierActor, r.getId(), null, carrier, s.getTrackingNumber());
        } else if (r.getStatus() == ReturnStatus.IN_TRANSIT) {
            if (s.getStatus() == ShipmentStatus.LOST) {
                settlement.lose(carrierActor, r.getId(), null, carrier + " reports the parcel lost");
            } else {
                settlement.scanned(client, r.getId(), e.occurredAt());
            }
        }
        if (s.getStatus() == ShipmentStatus.DELIVERED) {
            for (Unit u : returns.units(client, r)) {
                custody.record(
                        client,
                        u.getId(),
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
    private EventOutcome deliveryFailed(String carrier, CarrierEvent e) {
        if (e.clientCode() == null || e.orderNumber() == null) {
            return new EventOutcome("REJECTED", "a delivery failure names the client and the order number", null, null);
        }
        Optional<org.retrogistics.catalog.Client> client = catalog.findClientByCode(e.clientCode());
        if (client.isEmpty()) {
            // said like an unknown order of a known client, so the answer does not tell which clients exist
            return unmatched(carrier, e, "DELIVERY_FAILED", "No order " + e.orderNumber() + " for this client");
        }
        try {
            ReturnRequest r = returningToSender.returnToSender(
                    Actor.system(client.get().clientId(), "carrier:" + carrier),
                    e.orderNumber(),
                    carrier,
                    e.trackingNumber() == null ? e.eventId() : e.trackingNumber(),
                    e.note() == null ? "delivery failed" : e.note());
            return new EventOutcome("APPLIED", "return to sender " + r.getRmaNumber(), null, r.getRmaNumber());
        } catch (DomainException refused) {
            // the returns module's transaction is ours: it is marked for rollback, so leave it and record afresh
            throw new DeliveryRefused(refused);
        }
    }

    /** A failed delivery that the returns module refused, carried out of the transaction it spoiled. */
    private static final class DeliveryRefused extends RuntimeException {
        private final DomainException reason;

        DeliveryRefused(DomainException reason) {
            super(reason.getMessage(), reason, false, false);
            this.reason = reason;
        }

        DomainException reason() {
            return reason;
        }
    }

    /** Kept once for an operator: a retry of the same event adds nothing. */
    private EventOutcome unmatched(String carrier, CarrierEvent e, String type, String reason) {
        jdbc.sql(
                        """
                        insert into unmatched_carrier_event (carrier, event_id, type, tracking_number, client_code,
                          order_number, location, note, occurred_at, received_at, reason)
                        values (:c, :e, :type, :t, :client, :order, :location, :note, :at, :now, :reason)
                        on conflict (carrier, event_id) do nothing
                        """)
                .param("c", carrier)
                .param("e", e.eventId())
                .param("type", type)
                .param("t", e.trackingNumber())
                .param("client", e.clientCode())
                .param("order", e.orderNumber())
                .param("location", e.location())
                .param("note", e.note())
                .param("at", Timestamp.from(e.occurredAt()))
                .param("now", Timestamp.from(clock.instant()))
                .param("reason", reason)
                .update();
        return new EventOutcome(
                EventOutcome.UNMATCHED, "recorded, but it matches nothing of ours: " + reason, null, null);
    }

    private EventOutcome record(String carrier, CarrierEvent e, String type, Shipment s, EventOutcome outcome) {
        jdbc.sql(
                        """
                        insert into carrier_event (carrier, event_id, tracking_number, shipment_id, type, occurred_at,
                          received_at, outcome, detail)
                        values (:c, :e, :t, :s, :type, :at, :now, :outcome, :detail)
                        """)
                .param("c", carrier)
                .param("e", e.eventId())
                .param("t", e.trackingNumber())
                .param("s", s == null ? null : s.getId())
                .param("type", type)
                .param("at", Timestamp.from(e.occurredAt()))
                .param("now", Timestamp.from(clock.instant()))
                .param("outcome", outcome.outcome())
                .param("detail", outcome.detail())
                .update();
        return outcome;
    }

    /** A label for a return that is not waiting for its parcel. */
    public static class NoLabel extends DomainException {
        NoLabel(String rma, ReturnStatus status) {
            super(
                    Kind.CONFLICT,
                    "no-label",
                    rma + " is " + status.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                            + ": a label is issued only for an authorized return");
        }
    }

    /** Air was asked for a parcel that may hold a damaged lithium battery. */
    public static class NoAirWithDamagedBattery extends DomainException {
        NoAirWithDamagedBattery(String rma) {
            super(
                    Kind.REJECTED,
                    "no-air-with-damaged-battery",
                    rma + " may hold a damaged or defective lithium battery: it travels by ground only (SP A154)");
        }
    }

    /** A carrier event that cannot be read. */
    public static class BadCarrierEvent extends DomainException {
        public BadCarrierEvent(String message) {
            super(Kind.INVALID, "bad-carrier-event", message);
        }
    }
}
