package org.retrogistics.recalls;

import org.retrogistics.shared.DomainException;

/** Criteria that cannot name a set of units (no narrowing criterion, a serial range of two lengths, ...). */
public class InvalidRecallCriteria extends DomainException {
    InvalidRecallCriteria(String message) {
        super(Kind.INVALID, "invalid-recall-criteria", message);
    }
}
