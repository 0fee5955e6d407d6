package org.retrogistics.resale;

import org.retrogistics.shared.DomainException;

/**
 * A resale step a business rule refuses, with the rule's code and reason: a unit not decided for this way out, a
 * recalled unit, data not yet wiped, a lot mixing clients. Nothing is written.
 */
public class ResaleRefused extends DomainException {
    public ResaleRefused(String code, String message) {
        super(Kind.REJECTED, code, message);
    }
}
