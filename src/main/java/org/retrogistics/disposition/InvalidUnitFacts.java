package org.retrogistics.disposition;

import org.retrogistics.shared.DomainException;

/** The facts about a unit handed to the engine are incomplete or impossible (a null grade, a negative value). */
public class InvalidUnitFacts extends DomainException {

    public InvalidUnitFacts(String message) {
        super(Kind.INVALID, "invalid-unit-facts", message);
    }
}
