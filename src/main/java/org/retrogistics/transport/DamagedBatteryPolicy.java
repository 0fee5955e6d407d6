package org.retrogistics.transport;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.retrogistics.returns.ReturnReason;
import org.retrogistics.shared.BatteryState;

/**
 * Whether a unit may carry a damaged or defective lithium battery, and so must not fly (SP A154; REFERENCE.md,
 * "Lithium batteries"). Inspection's battery state decides once the unit is inspected; before that, a battery product
 * returned as defective, damaged in transit, failed under warranty or recalled is taken to be damaged.
 */
public final class DamagedBatteryPolicy {

    /** Return reasons under which a battery is presumed damaged until inspection says otherwise. */
    public static final Set<ReturnReason> SUSPECT_REASONS = EnumSet.of(
            ReturnReason.DEFECTIVE,
            ReturnReason.DAMAGED_IN_TRANSIT,
            ReturnReason.WARRANTY_FAILURE,
            ReturnReason.RECALL);

    /** The answer for one unit, with the reason a person reads. */
    public record Verdict(boolean damaged, String reason) {}

    /** The answer for a leg: allowed, or refused with the reason. */
    public record Decision(boolean allowed, String reason) {}

    private DamagedBatteryPolicy() {}

    /**
     * @param unNumber the product's battery UN number, null without a lithium battery
     * @param inspected the battery state the last inspection found, null when not inspected
     * @param returnReason the reason the unit was returned for, null when not known
     */
    public static Verdict judge(String unNumber, BatteryState inspected, ReturnReason returnReason) {
        if (unNumber == null) {
            return new Verdict(false, "no lithium battery");
        }
        if (inspected != null) {
            return inspected.hazardous()
                    ? new Verdict(true, "inspection found the battery " + inspected)
                    : new Verdict(false, "inspection found the battery " + inspected);
        }
        if (returnReason != null && SUSPECT_REASONS.contains(returnReason)) {
            return new Verdict(true, "returned as " + returnReason + " and not inspected yet");
        }
        return new Verdict(false, "no sign of damage");
    }

    /** A leg by air is refused when any unit on it may carry a damaged battery; other modes take it, marked. */
    public static Decision allows(TransportMode mode, List<String> damagedUnits) {
        if (mode == TransportMode.AIR && !damagedUnits.isEmpty()) {
            return new Decision(
                    false,
                    "unit(s) " + String.join(", ", damagedUnits)
                            + " may carry a damaged or defective lithium battery, which is forbidden on aircraft"
                            + " (SP A154): send them by road, rail or sea");
        }
        return new Decision(true, damagedUnits.isEmpty() ? "no damaged battery" : "damaged battery, marked");
    }
}
