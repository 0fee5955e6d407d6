package org.retrogistics.recalls;

import java.time.Instant;
import java.util.UUID;

/** A campaign was launched: its returns are created in the background, batch by batch. */
public record RecallLaunched(UUID campaignId, UUID clientId, String number, String by, Instant occurredAt) {}
