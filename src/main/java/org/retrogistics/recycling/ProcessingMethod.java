package org.retrogistics.recycling;

import org.retrogistics.shared.UnitFateReached.Fate;

/** How the recycler processed a batch, and the fate that gives its units. */
public enum ProcessingMethod {
    /** taken apart by hand or machine, materials sorted and recovered */
    DISMANTLE_AND_RECOVER("dismantled, materials recovered", Fate.RECYCLE),
    /** shredded (also the certified destruction of data-bearing media), materials separated and recovered */
    SHRED_AND_RECOVER("shredded, materials recovered", Fate.RECYCLE),
    /** incinerated with energy recovery (residue that cannot be recycled) */
    INCINERATE_WITH_ENERGY_RECOVERY("incinerated with energy recovery", Fate.ENERGY_RECOVERY);

    private final String description;
    private final Fate fate;

    ProcessingMethod(String description, Fate fate) {
        this.description = description;
        this.fate = fate;
    }

    public String description() {
        return description;
    }

    public Fate fate() {
        return fate;
    }
}
