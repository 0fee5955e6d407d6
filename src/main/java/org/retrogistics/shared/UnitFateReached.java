package org.retrogistics.shared;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A unit reached its end in the reverse flow: back in use, recycled, burnt for energy, or landfilled. Published by the
 * module where it happened (a sale, a restock, a recycling batch closed, a disposal), so landfill diversion can be
 * reported by weight per client, category and period without that report depending on each module.
 *
 * @param weightGrams the unit's weight when the publisher knows it (a scale reading), otherwise null and the report
 *     estimates it from the product
 * @param sourceRef the record that settled the fate, so the same fact published twice is counted once
 */
public record UnitFateReached(
        UUID unitId,
        ClientId clientId,
        Fate fate,
        Long weightGrams,
        String sourceType,
        String sourceRef,
        Instant occurredAt) {

    public UnitFateReached {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(fate, "fate");
        Objects.requireNonNull(sourceType, "sourceType");
        Objects.requireNonNull(sourceRef, "sourceRef");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    /** Where the unit's material ends up; everything but LANDFILL counts as diverted. */
    public enum Fate {
        /** restocked, resold (as-is, refurbished, in a lot), returned to its customer, donated, returned to vendor */
        REUSE,
        /** material recovery at a recycler, including parts harvested and the remainder recycled */
        RECYCLE,
        /** incinerated with energy recovery */
        ENERGY_RECOVERY,
        /** disposed of to landfill: the last resort */
        LANDFILL;

        public boolean diverted() {
            return this != LANDFILL;
        }
    }
}
