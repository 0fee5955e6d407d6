package org.retrogistics.custody;

import java.time.Instant;
import java.util.UUID;

/** A unit as other modules and the API see it: identity, product, where it is and who holds it. */
public record UnitSnapshot(
        UUID id,
        String licencePlate,
        String serial,
        String lot,
        UUID productId,
        String sku,
        UnitState state,
        String location,
        String holder,
        String sourceRef,
        UUID containerId,
        UUID parentUnitId,
        Instant createdAt) {

    public static UnitSnapshot of(Unit u) {
        return new UnitSnapshot(
                u.getId(),
                u.getLicencePlate(),
                u.getSerial(),
                u.getLot(),
                u.getProductId(),
                u.getSku(),
                u.getState(),
                u.getLocation(),
                u.getHolder(),
                u.getSourceRef(),
                u.getContainerId(),
                u.getParentUnitId(),
                u.getCreatedAt());
    }
}
