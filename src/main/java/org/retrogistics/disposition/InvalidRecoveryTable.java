package org.retrogistics.disposition;

import org.retrogistics.shared.DomainException;

/** A recovery table, or a line of its CSV form, that cannot be used: the message names the line and the field. */
public class InvalidRecoveryTable extends DomainException {

    public InvalidRecoveryTable(String message) {
        super(Kind.INVALID, "invalid-recovery-table", message);
    }

    InvalidRecoveryTable(String code, String message) {
        super(Kind.INVALID, code, message);
    }
}
