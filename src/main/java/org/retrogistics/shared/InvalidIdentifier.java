package org.retrogistics.shared;

/** A GS1 identifier (GTIN, SSCC) that is malformed or whose check digit does not match. */
public class InvalidIdentifier extends DomainException {

    public InvalidIdentifier(String code, String message) {
        super(Kind.INVALID, code, message);
    }
}
