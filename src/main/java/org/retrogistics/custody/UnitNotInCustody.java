package org.retrogistics.custody;

import org.retrogistics.shared.DomainException;

/** A unit that is not in the warehouse's hands cannot be moved, inspected or worked on. */
public class UnitNotInCustody extends DomainException {

    public UnitNotInCustody(UnitSnapshot unit, String wanted) {
        super(Kind.CONFLICT, code(unit), message(unit, wanted));
    }

    private static String code(UnitSnapshot unit) {
        return unit.state() == UnitState.RELEASED ? "unit-released" : "unit-not-received";
    }

    private static String message(UnitSnapshot unit, String wanted) {
        if (unit.state() == UnitState.RELEASED) {
            return "unit " + unit.licencePlate() + " has already left custody (to " + unit.holder() + "): it cannot be "
                    + wanted;
        }
        return "unit " + unit.licencePlate() + " is "
                + unit.state().name().toLowerCase(java.util.Locale.ROOT) + ", not received: it cannot be " + wanted
                + " until a dock scan takes it in";
    }
}
