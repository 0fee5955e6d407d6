package org.retrogistics.inspection;

import java.util.Map;
import org.retrogistics.shared.BatteryState;
import org.retrogistics.shared.CosmeticGrade;

/**
 * What an inspector submits: the checklist's answers plus the checks every unit gets. {@code dataBearing} null means
 * "as the product says"; {@code cosmeticGrade} is needed only when the checklist has no cosmetic item.
 */
public record InspectionFacts(
        Map<String, String> answers,
        Boolean dataBearing,
        boolean locked,
        BatteryState batteryState,
        String serialSeen,
        boolean counterfeitSigns,
        CosmeticGrade cosmeticGrade,
        String notes) {

    public InspectionFacts {
        answers = answers == null ? Map.of() : Map.copyOf(answers);
    }
}
