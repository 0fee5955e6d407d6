package org.retrogistics.disposition.rules;

import java.util.Optional;
import org.retrogistics.disposition.DispositionOption;
import org.retrogistics.disposition.DispositionRule;
import org.retrogistics.disposition.Exclusion;
import org.retrogistics.disposition.UnitFacts;

/**
 * A unit with an account or carrier lock still on cannot be sold or given away as working (REFERENCE.md, "Grading":
 * functional only with no lock). Back to stock, refurbish, as-is and donation are excluded; a B2B lot (sold as locked),
 * parts, the vendor, repair for its owner, recycling and destruction stay open.
 */
public final class LockedNotSellableAsWorking implements DispositionRule {

    public static final String CODE = "locked-not-sellable";

    private static final Optional<Exclusion> EXCLUDED = Optional.of(new Exclusion(
            CODE,
            "LockedNotSellableAsWorking",
            "an account or carrier lock is still on: the unit cannot be sold or given away as working",
            false));

    @Override
    public String name() {
        return "LockedNotSellableAsWorking";
    }

    @Override
    public Optional<Exclusion> evaluate(UnitFacts facts, DispositionOption option) {
        if (facts.locked()
                && (option == DispositionOption.RETURN_TO_STOCK
                        || option == DispositionOption.REFURBISH_AND_RESELL
                        || option == DispositionOption.RESELL_AS_IS
                        || option == DispositionOption.DONATE)) {
            return EXCLUDED;
        }
        return Optional.empty();
    }
}
