package org.retrogistics.inspection;

import org.retrogistics.shared.BatteryState;
import org.retrogistics.shared.CosmeticGrade;
import org.retrogistics.shared.FunctionalGrade;

/** Grades set again after a work order; null keeps what the last grading said. */
public record Regrade(
        FunctionalGrade functional,
        CosmeticGrade cosmetic,
        Boolean sanitised,
        Boolean locked,
        BatteryState batteryState,
        String source,
        String note) {}
