package org.retrogistics.custody;

import org.retrogistics.shared.DomainException;

/** A unit that is not in the warehouse's hands cannot be moved, inspected or worked on. */
public class UnitNotInCustody extends DomainException {

    public UnitNotInCustody(Unit unit, String wanted) {
        super(Kind.CONFLICT, code(unit), message(unit, wanted));
    }

    private static String code(Unit unit) {
        return unit.getState() == UnitState.RELEASED ? "unit-released" : "unit-not-received";
    }

    private static String message(Unit unit, String wanted) {
        if (unit.getState() == UnitState.RELEASED) {
            return "unit " + unit.getLicencePlate() + " has already left custody (to " + unit.getHolder()
                    + "): it cannot be " + wanted;
        }
        return "unit " + unit.getLicencePlate() + " is "
                + unit.getState().name().toLowerCase(java.util.Locale.ROOT) + ", not received: it cannot be " + wanted
                + " until a dock scan takes it in";
    }
}
