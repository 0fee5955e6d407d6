package org.retrogistics.recycling;

import org.retrogistics.disposition.DispositionOption;
import org.retrogistics.shared.DomainException;

/**
 * The unit's disposition sends it elsewhere (restock, resale, a repair...): it joins a recycling batch only with an
 * override reason, which goes on the decision's trail.
 */
public class DecidedOtherwise extends DomainException {
    DecidedOtherwise(String plate, DispositionOption option) {
        super(
                Kind.REJECTED,
                "unit-decided-otherwise",
                "unit " + plate + " is decided " + option + " (carried out by " + option.carriedOutBy()
                        + "): give an override reason to recycle it instead");
    }
}
