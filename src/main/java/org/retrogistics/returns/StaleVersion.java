package org.retrogistics.returns;

import org.retrogistics.shared.DomainException;

/** The caller acted on an older version of the return than the one stored: reload and try again. */
public class StaleVersion extends DomainException {

    public StaleVersion(String rmaNumber, long expected, long actual) {
        super(
                Kind.CONFLICT,
                "stale-version",
                "Return " + rmaNumber + " is at version " + actual + ", not " + expected + "; reload it and retry");
    }
}
