package org.retrogistics.disposition;

import java.util.UUID;
import org.retrogistics.shared.DomainException;

/** An override that names a revision other than the current one. */
public class StaleDecision extends DomainException {
    StaleDecision(UUID unit, int given, int current) {
        super(
                Kind.CONFLICT,
                "stale-decision",
                "the disposition of unit " + unit + " is at revision " + current + ", not " + given
                        + ": it was decided again; look at it before overriding");
    }
}
