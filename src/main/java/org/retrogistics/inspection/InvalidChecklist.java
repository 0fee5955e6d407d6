package org.retrogistics.inspection;

import org.retrogistics.shared.DomainException;

/** A checklist that cannot be used as written. */
public class InvalidChecklist extends DomainException {

    public InvalidChecklist(String message) {
        super(Kind.INVALID, "invalid-checklist", message);
    }
}
