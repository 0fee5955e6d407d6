package org.retrogistics.integration;

import org.retrogistics.shared.DomainException;

/** A status update that cannot be taken: malformed, or a message id reused for another update. */
public class InvalidStatusUpdate extends DomainException {
    public InvalidStatusUpdate(Kind kind, String message) {
        super(kind, kind == Kind.CONFLICT ? "message-id-reused" : "invalid-status-update", message);
    }
}
