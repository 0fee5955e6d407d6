package org.retrogistics.returns;

import java.util.Set;
import org.retrogistics.shared.DomainException;

/** The return's current state does not allow what was asked. */
public class ReturnTransitionNotAllowed extends DomainException {

    public ReturnTransitionNotAllowed(String rmaNumber, ReturnStatus status, ReturnTrigger trigger) {
        super(
                Kind.CONFLICT,
                "return-transition-not-allowed",
                "Return " + rmaNumber + " is " + status + "; " + trigger + " is not possible from there"
                        + describe(ReturnLifecycle.TABLE.triggersFrom(status)));
    }

    private static String describe(Set<ReturnTrigger> allowed) {
        return allowed.isEmpty() ? " (it is final)" : " (possible: " + allowed + ")";
    }
}
