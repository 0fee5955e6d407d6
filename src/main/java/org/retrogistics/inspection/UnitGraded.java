package org.retrogistics.inspection;

import java.time.Instant;
import java.util.UUID;
import org.retrogistics.shared.BatteryState;
import org.retrogistics.shared.CosmeticGrade;
import org.retrogistics.shared.FunctionalGrade;

/**
 * A unit has grades: after its inspection, or again after a work order. Disposition decides (or decides again) on
 * it; it leaves through the event publication registry, so no grade is lost between the steps.
 */
public record UnitGraded(
        UUID unitId,
        UUID clientId,
        UUID productId,
        UUID inspectionId,
        FunctionalGrade functional,
        CosmeticGrade cosmetic,
        boolean dataBearing,
        boolean sanitised,
        boolean locked,
        BatteryState batteryState,
        boolean authenticityHold,
        String reason,
        String resolution,
        String source,
        Instant occurredAt) {

    /** The grades of an inspection of the unit, with the reason and resolution its return gave (if any). */
    static UnitGraded of(
            Inspection i, org.retrogistics.custody.UnitSnapshot unit, String reason, String resolution, String source) {
        return new UnitGraded(
                unit.id(),
                i.getClientId(),
                unit.productId(),
                i.getId(),
                i.getFunctionalGrade(),
                i.getCosmeticGrade(),
                i.isDataBearing(),
                i.isSanitised(),
                i.isLocked(),
                i.getBatteryState(),
                i.isAuthenticityHold(),
                reason,
                resolution,
                source,
                i.getInspectedAt());
    }
}
