package org.retrogistics.shared;

import java.time.Instant;

/**
 * Data of a client left the system as a file (a CSV export, a manifest): published by the module that wrote it, in
 * the request that asked, so that the audit trail records who took what (ADR 0031).
 *
 * @param type what was exported, as a short stable name ({@code REFUNDS_EXPORTED})
 * @param subject the thing exported from (a lot's number), or null for a list
 * @param detail the filter or scope of the export, readable
 * @param by who asked
 */
public record DataExported(
        ClientId clientId, String type, String subject, String detail, String by, Instant occurredAt) {}
