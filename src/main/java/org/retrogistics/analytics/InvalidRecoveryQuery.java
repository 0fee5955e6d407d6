package org.retrogistics.analytics;

import org.retrogistics.shared.DomainException;

/** A recovery query the ledger cannot answer as asked (an unknown grouping, a period that ends before it starts). */
public class InvalidRecoveryQuery extends DomainException {

    public InvalidRecoveryQuery(String message) {
        super(Kind.INVALID, "invalid-recovery-query", message);
    }
}
