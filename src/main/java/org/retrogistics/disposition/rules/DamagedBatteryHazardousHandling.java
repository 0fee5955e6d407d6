package org.retrogistics.disposition.rules;

import java.util.Optional;
import org.retrogistics.disposition.DispositionOption;
import org.retrogistics.disposition.DispositionRule;
import org.retrogistics.disposition.Exclusion;
import org.retrogistics.disposition.UnitFacts;

/**
 * A damaged, defective or critical lithium battery goes to hazardous handling only: recycling, destruction or the
 * vendor, by ground in its own packaging (SP 376, 49 CFR 173.185(f); forbidden by air, SP A154). Every other option,
 * landfill included, is excluded; the engine marks the unit's options ground-only hazardous transport. A safety rule.
 */
public final class DamagedBatteryHazardousHandling implements DispositionRule {

    public static final String CODE = "battery-hazardous";

    private static final Optional<Exclusion> EXCLUDED = Optional.of(new Exclusion(
            CODE,
            "DamagedBatteryHazardousHandling",
            "the lithium battery is damaged or defective: only recycling, destruction or return to the vendor by"
                    + " ground hazardous handling, never by air",
            true));

    @Override
    public String name() {
        return "DamagedBatteryHazardousHandling";
    }

    @Override
    public Optional<Exclusion> evaluate(UnitFacts facts, DispositionOption option) {
        if (facts.batteryState().hazardous() && !allowed(option)) {
            return EXCLUDED;
        }
        return Optional.empty();
    }

    /** The options open to a unit with a hazardous battery. */
    public static boolean allowed(DispositionOption option) {
        return option == DispositionOption.RECYCLE
                || option == DispositionOption.DESTROY
                || option == DispositionOption.RETURN_TO_VENDOR;
    }
}
