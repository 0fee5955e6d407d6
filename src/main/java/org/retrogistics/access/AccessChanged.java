package org.retrogistics.access;

import java.time.Instant;
import org.retrogistics.shared.ClientId;

/**
 * A change to a client's users or tokens, published in the transaction that made it, as {@link AccessAudit} records
 * it: the audit trail follows it in the same transaction.
 */
public record AccessChanged(
        ClientId clientId, String actor, AccessAction action, String subject, String reason, Instant occurredAt) {}
