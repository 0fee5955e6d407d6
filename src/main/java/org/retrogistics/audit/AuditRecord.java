package org.retrogistics.audit;

import org.retrogistics.shared.ClientId;

/** A fact to append to a client's audit trail; who and which request are taken from the running request. */
public record AuditRecord(
        ClientId clientId, AuditCategory category, String type, String subject, String reason, String detail) {

    public AuditRecord {
        if (clientId == null || category == null || type == null || type.isBlank()) {
            throw new IllegalArgumentException("an audit row names its client, category and type");
        }
    }
}
