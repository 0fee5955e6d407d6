package org.retrogistics.recalls;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Units already with us (or on their way back for another reason) fall under a recall: whatever was decided for them
 * must be decided again as recalled (never resold). Units that the recall's own returns bring back need no such event:
 * they arrive with the reason RECALL.
 */
public record UnitsRecalled(UUID clientId, UUID campaignId, String number, List<UUID> unitIds, Instant occurredAt) {}
