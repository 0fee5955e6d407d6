package org.retrogistics.disposition;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.retrogistics.shared.Money;

/**
 * One option as the engine considered it for one unit: its expected net recovery with the breakdown (worked out for
 * excluded options too, so a person sees what a rule cost), the exclusions if any, the work it needs and whether the
 * unit may only travel by ground as hazardous goods.
 *
 * @param requiredWork the work orders this option needs for this unit (SANITISE added when its plan wipes data)
 * @param groundOnlyHazardous the unit carries a damaged or defective battery: ground-only hazardous transport, never air
 */
public record OptionAssessment(
        DispositionOption option,
        RecoveryBreakdown value,
        List<Exclusion> exclusions,
        Set<WorkKind> requiredWork,
        boolean groundOnlyHazardous) {

    public OptionAssessment {
        Objects.requireNonNull(option, "option");
        Objects.requireNonNull(value, "value");
        exclusions = List.copyOf(exclusions);
        requiredWork = Set.copyOf(requiredWork);
    }

    public boolean allowed() {
        return exclusions.isEmpty();
    }

    public Money netRecovery() {
        return value.net();
    }

    /** The exclusions no override can lift (recall, data, battery, authenticity). */
    public List<Exclusion> safetyExclusions() {
        return exclusions.stream().filter(Exclusion::safety).toList();
    }

    public boolean excludedForSafety() {
        for (Exclusion e : exclusions) {
            if (e.safety()) {
                return true;
            }
        }
        return false;
    }
}
