package org.retrogistics.transport;

import java.util.UUID;

/** What a return's label books: the parcel's carrier, service and tracking number, and the batteries inside. */
record ShipmentDraft(
        UUID clientId,
        UUID returnId,
        String rmaNumber,
        String carrier,
        Shipment.Service service,
        String trackingNumber,
        String unNumbers,
        boolean damagedBattery) {}
