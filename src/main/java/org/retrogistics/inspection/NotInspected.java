package org.retrogistics.inspection;

import org.retrogistics.custody.Unit;
import org.retrogistics.shared.DomainException;

/** Regrading needs a first grading. */
public class NotInspected extends DomainException {
    NotInspected(Unit unit) {
        super(Kind.CONFLICT, "not-inspected", "unit " + unit.getLicencePlate() + " has not been inspected yet");
    }
}
