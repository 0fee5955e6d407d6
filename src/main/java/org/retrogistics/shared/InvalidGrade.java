package org.retrogistics.shared;

/** A grade that is not on its documented scale. */
public class InvalidGrade extends DomainException {

    public InvalidGrade(String message) {
        super(Kind.INVALID, "invalid-grade", message);
    }
}
