package org.retrogistics.recalls;

import org.retrogistics.shared.DomainException;

/** A move the campaign's lifecycle does not allow from where it is. */
public class RecallTransitionNotAllowed extends DomainException {
    RecallTransitionNotAllowed(String number, RecallStatus from, RecallTrigger trigger) {
        super(
                Kind.CONFLICT,
                "recall-transition-not-allowed",
                "recall " + number + " is " + from + ": " + trigger + " is not possible now");
    }
}
