package org.retrogistics.disposition.rules;

import java.util.Optional;
import org.retrogistics.disposition.DispositionOption;
import org.retrogistics.disposition.DispositionRule;
import org.retrogistics.disposition.Exclusion;
import org.retrogistics.disposition.UnitFacts;

/**
 * A unit held as suspected counterfeit or swapped is never resold, donated, harvested, returned to the customer or sent
 * to ordinary recycling or landfill: it goes to certified destruction, or to the vendor who investigates. Lifting the
 * hold is a new inspection fact, not an override, so this is a safety rule.
 */
public final class AuthenticityHold implements DispositionRule {

    public static final String CODE = "authenticity-hold";

    private static final Optional<Exclusion> EXCLUDED = Optional.of(new Exclusion(
            CODE,
            "AuthenticityHold",
            "the unit is held as suspected counterfeit or swapped: only certified destruction or return to the vendor",
            true));

    @Override
    public String name() {
        return "AuthenticityHold";
    }

    @Override
    public Optional<Exclusion> evaluate(UnitFacts facts, DispositionOption option) {
        if (facts.authenticityHold()
                && option != DispositionOption.DESTROY
                && option != DispositionOption.RETURN_TO_VENDOR) {
            return EXCLUDED;
        }
        return Optional.empty();
    }
}
