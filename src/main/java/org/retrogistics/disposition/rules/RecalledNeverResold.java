package org.retrogistics.disposition.rules;

import java.util.Optional;
import org.retrogistics.disposition.DispositionOption;
import org.retrogistics.disposition.DispositionRule;
import org.retrogistics.disposition.Exclusion;
import org.retrogistics.disposition.UnitFacts;

/**
 * A recalled unit is never resold, donated or harvested for parts: each would put the recalled hazard back into use.
 * Repair and return stays open, as the recall remedy is often a repair of the owner's unit; so do the vendor,
 * recycling, destruction and disposal. A safety rule.
 */
public final class RecalledNeverResold implements DispositionRule {

    public static final String CODE = "recalled-not-resold";

    private static final Optional<Exclusion> EXCLUDED = Optional.of(new Exclusion(
            CODE,
            "RecalledNeverResold",
            "the unit is under recall: it is never resold, donated or harvested for parts",
            true));

    @Override
    public String name() {
        return "RecalledNeverResold";
    }

    @Override
    public Optional<Exclusion> evaluate(UnitFacts facts, DispositionOption option) {
        if (facts.recalled()
                && (option.resale()
                        || option == DispositionOption.DONATE
                        || option == DispositionOption.PARTS_HARVEST)) {
            return EXCLUDED;
        }
        return Optional.empty();
    }
}
