package org.retrogistics.recalls;

import org.retrogistics.shared.DomainException;

/** A campaign whose criteria find no sold item and no unit: there is nothing to bring back, so nothing is recorded. */
public class RecallMatchesNothing extends DomainException {
    RecallMatchesNothing(String what) {
        super(
                Kind.REJECTED,
                "recall-matches-nothing",
                "no sold item and no unit matches " + what
                        + ": nothing to recall (check the SKU, lots, serial range and sale dates)");
    }
}
