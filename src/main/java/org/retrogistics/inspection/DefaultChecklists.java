package org.retrogistics.inspection;

import static org.retrogistics.inspection.ChecklistItem.cosmetic;
import static org.retrogistics.inspection.ChecklistItem.measured;
import static org.retrogistics.inspection.ChecklistItem.photo;
import static org.retrogistics.inspection.ChecklistItem.test;
import static org.retrogistics.inspection.ChecklistItem.yesNo;
import static org.retrogistics.shared.FunctionalGrade.F0;
import static org.retrogistics.shared.FunctionalGrade.F1;
import static org.retrogistics.shared.FunctionalGrade.F2;
import static org.retrogistics.shared.FunctionalGrade.F3;
import static org.retrogistics.shared.FunctionalGrade.F5;
import static org.retrogistics.shared.FunctionalGrade.F7;
import static org.retrogistics.shared.FunctionalGrade.F8;

import java.util.List;
import java.util.Map;
import org.retrogistics.returns.ReturnReason.InspectionPath;

/**
 * The checklists every client starts with, one per inspection path (the path the return reason implies). A client
 * replaces any of them with its own versions per product family.
 */
public final class DefaultChecklists {

    private static final Map<String, List<ChecklistItem>> ITEMS = Map.of(
            InspectionPath.FUNCTIONAL_TEST.name(),
            List.of(
                    test("powers-on", "Powers on and boots", F5),
                    test("screen", "Display shows no dead pixels, lines or touch faults", F3),
                    test("buttons-ports", "Buttons, ports and speakers work", F2),
                    measured("battery-health", "Battery health", "80", "100", "%", F1),
                    yesNo("liquid-damage", "Liquid damage indicator tripped", false, F7),
                    cosmetic("housing", "Housing"),
                    cosmetic("display-glass", "Display glass"),
                    photo("photo-front", "Photo of the front", false)),
            InspectionPath.DAMAGE_ASSESSMENT.name(),
            List.of(
                    yesNo("item-damaged", "Is the item itself damaged?", false, F3),
                    test("powers-on", "Powers on or works as intended", F5),
                    cosmetic("housing", "Outer condition"),
                    photo("photo-damage", "Photo of the damage and the parcel", true)),
            InspectionPath.IDENTITY_CHECK.name(),
            List.of(
                    yesNo("matches-sku", "Item matches the product announced (model, colour, size)", true, F0),
                    test("works", "Works as intended", F3),
                    cosmetic("condition", "Condition"),
                    photo("photo-label", "Photo of the product label and serial", true)),
            InspectionPath.COSMETIC_CHECK.name(),
            List.of(
                    yesNo("tags-packaging", "Original tags or packaging present", true, F0),
                    yesNo("torn-stained", "Torn, stained or broken", false, F3),
                    cosmetic("condition", "Condition")),
            InspectionPath.COMPLETENESS_CHECK.name(),
            List.of(
                    yesNo("accessories", "All parts and accessories present", true, F2),
                    test("works", "Works as intended", F5),
                    cosmetic("condition", "Condition")),
            InspectionPath.RECALL_HANDLING.name(),
            List.of(
                    yesNo("recall-match", "Model and lot match the recall notice", true, F0),
                    cosmetic("condition", "Condition"),
                    photo("photo-label", "Photo of the rating label", true)),
            InspectionPath.SEALED_CHECK.name(),
            List.of(
                    yesNo("seal-intact", "Factory seal intact", true, F0),
                    yesNo("item-damaged", "Item damaged", false, F3),
                    cosmetic("condition", "Condition")),
            InspectionPath.RECYCLING_TRIAGE.name(),
            List.of(
                    test("powers-on", "Powers on", F8),
                    yesNo("swollen-battery", "Battery swollen, leaking or hot", false, F8),
                    cosmetic("condition", "Condition")));

    private DefaultChecklists() {}

    public static ChecklistDefinition forPath(String path) {
        List<ChecklistItem> items = ITEMS.get(path);
        if (items == null) {
            throw new InvalidChecklist("no inspection path '" + path + "'; use one of " + ITEMS.keySet());
        }
        return new ChecklistDefinition(
                null, "*", path, 1, "Default " + path.toLowerCase().replace('_', ' '), items);
    }

    public static boolean knownPath(String path) {
        return ITEMS.containsKey(path);
    }
}
