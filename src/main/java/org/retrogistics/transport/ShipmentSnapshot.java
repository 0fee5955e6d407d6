package org.retrogistics.transport;

import java.time.Instant;
import java.util.UUID;

/** A shipment as other modules read it: its parcel, the return it carries, the carrier and where it stands. */
public record ShipmentSnapshot(
        UUID id,
        UUID returnId,
        String rmaNumber,
        String carrier,
        Shipment.Service service,
        String trackingNumber,
        ShipmentStatus status,
        String unNumbers,
        boolean damagedBattery,
        Instant createdAt) {

    /** What the label's QR code says, for a drop-off point that prints the label itself (box-free drop-off). */
    public String dropOffCode() {
        return dropOffCode(rmaNumber, trackingNumber);
    }

    static String dropOffCode(String rmaNumber, String trackingNumber) {
        return "RETURN:" + rmaNumber + ":" + trackingNumber;
    }

    static ShipmentSnapshot of(Shipment s) {
        return new ShipmentSnapshot(
                s.getId(),
                s.getReturnId(),
                s.getRmaNumber(),
                s.getCarrier(),
                s.getService(),
                s.getTrackingNumber(),
                s.getStatus(),
                s.getUnNumbers(),
                s.isDamagedBattery(),
                s.getCreatedAt());
    }
}
