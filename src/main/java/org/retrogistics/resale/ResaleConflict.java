package org.retrogistics.resale;

import org.retrogistics.shared.DomainException;

/** A resale step that contradicts the current state: a unit already listed or in a lot, a sale on a closed listing. */
public class ResaleConflict extends DomainException {
    public ResaleConflict(String code, String message) {
        super(Kind.CONFLICT, code, message);
    }
}
