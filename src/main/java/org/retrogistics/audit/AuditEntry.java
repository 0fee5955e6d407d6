package org.retrogistics.audit;

import java.time.Instant;

/**
 * One row of the audit trail.
 *
 * @param subject what the change was made to (a return's RMA, a unit, a user), where the fact names one
 * @param reason why, where the fact carries a reason; empty otherwise
 * @param requestId the id of the HTTP request that caused it (ADR 0028); empty for background work
 */
public record AuditEntry(
        long id,
        Instant at,
        AuditCategory category,
        String type,
        String actor,
        String subject,
        String reason,
        String requestId,
        String detail) {}
