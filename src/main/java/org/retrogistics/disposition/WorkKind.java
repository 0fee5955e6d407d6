package org.retrogistics.disposition;

/** A kind of work order the workshop runs before a unit can leave by its disposition option. */
public enum WorkKind {
    REPAIR,
    REFURBISH,
    TEARDOWN,
    REPACKAGE,
    RELABEL,
    REKIT,
    SANITISE
}
