package org.retrogistics.receiving;

import org.retrogistics.shared.DomainException;

/** EXTRA and BLIND are taken as blind receipts, not scans of announced units. */
public class OutcomeNotForScan extends DomainException {
    OutcomeNotForScan(ReceiptOutcome outcome) {
        super(
                Kind.INVALID,
                "outcome-not-for-scan",
                outcome + " is recorded with a blind receipt (POST /api/receiving/blind), not a scan");
    }
}
