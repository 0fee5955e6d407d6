package org.retrogistics.inspection;

import java.time.Instant;
import java.util.UUID;
import org.retrogistics.shared.BatteryState;
import org.retrogistics.shared.CosmeticGrade;
import org.retrogistics.shared.FunctionalGrade;

/** What an {@link Inspection} is written with. */
record InspectionDraft(
        UUID clientId,
        UUID unitId,
        UUID checklistId,
        String source,
        String answers,
        FunctionalGrade functionalGrade,
        CosmeticGrade cosmeticGrade,
        boolean dataBearing,
        boolean sanitised,
        boolean locked,
        BatteryState batteryState,
        boolean authenticityHold,
        String findings,
        String inspector,
        Instant inspectedAt) {}
