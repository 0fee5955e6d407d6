package org.retrogistics.returns;

import java.time.Instant;

/** Filters of the returns list; any of them may be absent. */
public record ReturnSearch(ReturnStatus status, ReturnKind kind, String email, String rma, Instant from, Instant to) {

    public static ReturnSearch none() {
        return new ReturnSearch(null, null, null, null, null, null);
    }
}
