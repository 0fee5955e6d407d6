package org.retrogistics.disposition.rules;

import java.util.Optional;
import org.retrogistics.disposition.DispositionOption;
import org.retrogistics.disposition.DispositionRule;
import org.retrogistics.disposition.Exclusion;
import org.retrogistics.disposition.UnitFacts;

/**
 * A unit whose customer is owed a warranty repair goes back to that customer repaired; every other option is
 * excluded. A replacement instead is the returns module's resolution, after which the unit is no longer owed (a new
 * input): a manager may also override with a reason, e.g. when the repair turns out impossible.
 */
public final class WarrantyRepairGoesBack implements DispositionRule {

    public static final String CODE = "warranty-repair-goes-back";

    private static final Optional<Exclusion> EXCLUDED = Optional.of(new Exclusion(
            CODE,
            "WarrantyRepairGoesBack",
            "the customer is owed a warranty repair: the unit is repaired and goes back to them",
            false));

    @Override
    public String name() {
        return "WarrantyRepairGoesBack";
    }

    @Override
    public Optional<Exclusion> evaluate(UnitFacts facts, DispositionOption option) {
        if (facts.warrantyRepair() && option != DispositionOption.REPAIR_AND_RETURN) {
            return EXCLUDED;
        }
        return Optional.empty();
    }
}
