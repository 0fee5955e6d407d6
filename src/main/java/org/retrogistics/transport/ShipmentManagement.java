package org.retrogistics.transport;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.retrogistics.returns.ReturnStatus;
import org.retrogistics.shared.ClientId;
import org.retrogistics.shared.DomainException;
import org.retrogistics.shared.LabelPage;
import org.retrogistics.shared.NotFound;
import org.retrogistics.transport.internal.ShipmentRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Return shipments as read: a shipment, its tracking timeline and its label. Labels are issued by
 * {@link LabellingReturns}; signed carrier events move shipments through {@link ReceivingCarrierEvents}.
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
    private final JdbcClient jdbc;
    private final TransportSettings settings;

    ShipmentManagement(ShipmentRepository shipments, JdbcClient jdbc, TransportSettings settings) {
        this.shipments = shipments;
        this.jdbc = jdbc;
        this.settings = settings;
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
                .qr(ShipmentSnapshot.dropOffCode(s.getRmaNumber(), s.getTrackingNumber()))
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

    /** The shipment with this tracking number, as a value. */
    public ShipmentSnapshot snapshot(ClientId client, String trackingNumber) {
        return ShipmentSnapshot.of(get(client, trackingNumber));
    }

    /** The return's label shipment, if one was made. */
    public Optional<ShipmentSnapshot> forReturn(ClientId client, UUID returnId) {
        return shipments.findByReturnIdAndClientId(returnId, client.value()).map(ShipmentSnapshot::of);
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
