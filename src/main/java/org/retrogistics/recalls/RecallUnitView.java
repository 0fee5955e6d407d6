package org.retrogistics.recalls;

import java.time.Instant;
import java.util.UUID;

/**
 * One unit of a campaign: its identity and where it is, the return that brings it back (none for a unit found already
 * with us), how it joined the campaign (RECALL_RETURN, IN_CUSTODY, ON_ITS_WAY) and when it came in.
 */
public record RecallUnitView(
        UUID unitId,
        String licencePlate,
        String serial,
        String lot,
        String state,
        UUID returnId,
        String rmaNumber,
        String origin,
        Instant receivedAt) {}
