package org.retrogistics.disposition;

import org.retrogistics.shared.DomainException;

/** A manager's override of a disposition must say why: the reason is what the audit shows. */
public class OverrideReasonRequired extends DomainException {

    public OverrideReasonRequired() {
        super(Kind.INVALID, "override-reason-required", "An override of a disposition needs a reason");
    }
}
