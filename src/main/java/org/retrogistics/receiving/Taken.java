package org.retrogistics.receiving;

import java.util.UUID;

/** One unit's outcome at the dock. */
public record Taken(
        UUID unitId,
        String licencePlate,
        String sku,
        String serial,
        ReceiptOutcome outcome,
        String location,
        String inspectionPath) {}
