package org.retrogistics.custody;

import org.retrogistics.shared.DomainException;

/** A unit that is not in the warehouse's hands cannot be moved, inspected or worked on. */
public class UnitNotInCustody extends DomainException {

    public UnitNotInCustody(Unit unit, String wanted) {
        super(
                Kind.CONFLICT,
                "unit-not-received",
                "unit " + unit.getLicencePlate() + " is "
                        + unit.getState().name().toLowerCase(java.util.Locale.ROOT) + ", not received: it cannot be "
                        + wanted + " until a dock scan takes it in");
    }
}
