package org.retrogistics.returns;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Units of a return line were counted in by hand ({@code POST /returns/{id}/receipts}), not scanned at the dock: their
 * custody already records the receipt. Receiving takes it from here, as it does for a scan: it writes the receipts and
 * tells inspection and recalls, so no unit received by any path is left out of the inspection queue.
 */
public record UnitsReceivedByCount(
        UUID returnId,
        UUID clientId,
        String rmaNumber,
        ReceivableLine line,
        List<CountedUnit> units,
        String location,
        String recordedBy,
        Instant occurredAt) {

    /** One unit taken in: its id, product, licence plate and SKU. */
    public record CountedUnit(UUID unitId, UUID productId, String licencePlate, String sku) {}

    public UnitsReceivedByCount {
        units = List.copyOf(units);
    }
}
