package org.retrogistics.returns;

import org.retrogistics.shared.DomainException;

/** A return request whose lines do not say what is being returned in a way we can resolve. */
public class InvalidReturnRequest extends DomainException {

    public InvalidReturnRequest(String message) {
        super(Kind.INVALID, "invalid-return-request", message);
    }
}
