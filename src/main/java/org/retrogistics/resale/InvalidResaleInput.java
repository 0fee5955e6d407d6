package org.retrogistics.resale;

import org.retrogistics.shared.DomainException;

/** Input that cannot be right whatever the state: a negative price, a fee out of range, a list too long. */
public class InvalidResaleInput extends DomainException {
    public InvalidResaleInput(String code, String message) {
        super(Kind.INVALID, code, message);
    }
}
