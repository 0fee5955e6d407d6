package org.retrogistics.custody;

import java.util.Locale;
import org.retrogistics.shared.DomainException;

/** The places a unit passes through inside a warehouse. */
public enum WarehouseLocation {
    DOCK,
    /** Held: damaged in transit, wrong item, suspected counterfeit, hazardous battery. */
    QUARANTINE,
    INSPECTION,
    STOCK,
    WORKSHOP,
    OUTBOUND;

    public static WarehouseLocation parse(String text) {
        if (text != null) {
            try {
                return valueOf(text.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                // fall through to the readable error
            }
        }
        throw new UnknownLocation(text);
    }

    /** A location name that is not one of ours. */
    public static class UnknownLocation extends DomainException {
        UnknownLocation(String text) {
            super(
                    Kind.INVALID,
                    "unknown-location",
                    "'" + text + "' is not a warehouse location; use one of DOCK, QUARANTINE, INSPECTION, STOCK,"
                            + " WORKSHOP, OUTBOUND");
        }
    }
}
