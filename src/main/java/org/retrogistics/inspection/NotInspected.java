package org.retrogistics.inspection;

import org.retrogistics.custody.UnitSnapshot;
import org.retrogistics.shared.DomainException;

/** Regrading needs a first grading. */
public class NotInspected extends DomainException {
    NotInspected(UnitSnapshot unit) {
        super(Kind.CONFLICT, "not-inspected", "unit " + unit.licencePlate() + " has not been inspected yet");
    }
}
