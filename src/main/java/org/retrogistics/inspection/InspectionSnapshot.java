package org.retrogistics.inspection;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.retrogistics.shared.BatteryState;
import org.retrogistics.shared.CosmeticGrade;
import org.retrogistics.shared.FunctionalGrade;

/** An inspection as other modules read it: the unit's grades, what it holds, and what the inspector found. */
public record InspectionSnapshot(
        UUID id,
        UUID unitId,
        FunctionalGrade functionalGrade,
        CosmeticGrade cosmeticGrade,
        boolean dataBearing,
        boolean sanitised,
        BatteryState batteryState,
        boolean authenticityHold,
        List<String> findings,
        String inspector,
        Instant inspectedAt) {}
