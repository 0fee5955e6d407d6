package org.retrogistics.audit;

import java.time.Instant;

/**
 * A filter over a client's audit trail; every part is optional.
 *
 * @param from rows at or after this instant
 * @param to rows before this instant
 * @param actor rows by exactly this actor
 * @param type rows of this type ({@code ReturnAuthorized}) or of this category ({@code SIGN_IN})
 */
public record AuditQuery(Instant from, Instant to, String actor, String type) {

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null);
    }

    /** The filter as one readable line, for the audit row an export leaves. */
    public String describe() {
        return "from=" + (from == null ? "" : from) + " to=" + (to == null ? "" : to) + " actor="
                + (actor == null ? "" : actor) + " type=" + (type == null ? "" : type);
    }
}
