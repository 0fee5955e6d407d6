package org.retrogistics.disposition;

import org.retrogistics.shared.DomainException;

/** A client rule whose text cannot be read, e.g. "never B2B_LOT brand=" or an unknown option. */
public class InvalidClientRule extends DomainException {

    public InvalidClientRule(String message) {
        super(Kind.INVALID, "invalid-client-rule", message);
    }
}
