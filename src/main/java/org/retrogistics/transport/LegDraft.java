package org.retrogistics.transport;

import java.math.BigDecimal;
import java.util.UUID;
import org.retrogistics.shared.Money;

/** What a new leg is planned with: its sites, mode, distance (and whether given or estimated) and cost. */
record LegDraft(
        UUID clientId,
        String number,
        UUID originSiteId,
        UUID destinationSiteId,
        TransportMode mode,
        BigDecimal distanceKm,
        String distanceBasis,
        Money cost) {}
