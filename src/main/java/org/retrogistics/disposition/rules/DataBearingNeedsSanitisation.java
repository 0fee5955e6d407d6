package org.retrogistics.disposition.rules;

import java.util.Optional;
import org.retrogistics.disposition.DispositionOption;
import org.retrogistics.disposition.DispositionRule;
import org.retrogistics.disposition.Exclusion;
import org.retrogistics.disposition.UnitFacts;

/**
 * A data-bearing unit is not resold or released to a third party until a sanitisation record passes (NIST SP 800-88,
 * R2v3 Appendix B). Options whose own work plan wipes the unit first (refurbish, parts harvest, donate, vendor return:
 * {@link DispositionOption#sanitisesInPlan()}) stay open and carry a SANITISE work order; the unit still waits for a
 * passing record before it leaves. Options that would let it go as it is (back to stock, as-is, lot) are excluded.
 * Recycling and destruction go to certified parties and repair goes back to the data's owner, so they are not touched.
 * A safety rule.
 */
public final class DataBearingNeedsSanitisation implements DispositionRule {

    public static final String CODE = "data-not-sanitised";

    private static final Optional<Exclusion> EXCLUDED = Optional.of(new Exclusion(
            CODE,
            "DataBearingNeedsSanitisation",
            "the unit can hold personal data and no sanitisation record has passed: it cannot be resold or released"
                    + " as it is",
            true));

    @Override
    public String name() {
        return "DataBearingNeedsSanitisation";
    }

    @Override
    public Optional<Exclusion> evaluate(UnitFacts facts, DispositionOption option) {
        if (facts.dataOutstanding()
                && (option.resale() || option.releasesToThirdParty())
                && !option.sanitisesInPlan()) {
            return EXCLUDED;
        }
        return Optional.empty();
    }
}
